package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.When;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The operator opening, pausing and resuming an event's sale. Opening remembers when the request was
 * sent, and how many people had been let in before, so that later steps can hold admission to the
 * pace since then.
 */
public final class SaleSteps {

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("the sale opens")
    public void theSaleOpens() {
        open();
    }

    @When("the sale resumes")
    public void theSaleResumes() {
        open();
    }

    @When("the sale is paused")
    public void theSaleIsPaused() {
        Reply reply = world().client().configureEvent(world().eventId(), Map.of("paused", true));
        assertPausedIs(reply, true);
        world().salePaused(System.nanoTime(), world().letInCounted());
    }

    /** Opens the sale, remembering when and after how many people let in, as "the sale opens" does. */
    static void open() {
        WaitingRoomClient client = world().client();
        long before = world().letInCounted();
        // what each gateway had done before, so that a step can tell what each did while the sale ran
        Map<Integer, GatewayCounters> counters = new HashMap<>();
        for (int gateway = 0; gateway < client.gateways(); gateway++) {
            counters.put(gateway, GatewayCounters.of(client.metrics(gateway)));
        }
        long sentNanos = System.nanoTime();
        Instant sentAt = Instant.now();
        Reply reply = client.configureEvent(world().eventId(), Map.of("paused", false));
        assertPausedIs(reply, false);
        world().saleOpened(new QueueWorld.SaleOpening(sentNanos, sentAt, before), counters);
    }

    private static void assertPausedIs(Reply reply, boolean paused) {
        assertThat(reply.status()).as("the operator's change: %s", reply).isEqualTo(200);
        assertThat(reply.body().path("paused").isBoolean() && reply.body().path("paused").asBoolean() == paused)
                .as("the sale is %s: %s", paused ? "paused" : "open", reply).isTrue();
        world().settingsConfirmed(reply.body());
    }
}
