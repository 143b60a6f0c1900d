package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Holding seats with a pass the waiting room would not take as it is: none, a forged one, one changed
 * after it was signed, or a real one for another event.
 */
public final class HoldPassSteps {

    /** Every kind of pass below, for the step parameter type; {@link #passOfKind} fails on one missing here. */
    static final String PASS_KINDS = "no entry pass|her entry pass signed again with a key of someone else's"
            + "|her entry pass with its signature taken off"
            + "|her entry pass changed so that it (?:is for another event|is good for an hour longer|names another person)"
            + "|a real entry pass she was given for another event";

    private static final String CHANGED = "her entry pass changed so that it ";

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    @When("{string} asks to hold the seat(s) {seats} with {passKind}")
    public void asksToHoldWith(String person, List<String> seats, String kind) {
        ReservationSteps.hold(person, passOfKind(person, kind), seats);
    }

    private static String passOfKind(String person, String kind) {
        if (kind.startsWith(CHANGED)) {
            return PassForgery.changed(world().entryPassOf(person), kind.substring(CHANGED.length()), world().eventId());
        }
        return switch (kind) {
            case "no entry pass" -> null;
            case "her entry pass signed again with a key of someone else's" ->
                    PassForgery.signedWithAKeyOfTheirOwn(world().entryPassOf(person));
            case "her entry pass with its signature taken off" -> PassForgery.unsigned(world().entryPassOf(person));
            case "a real entry pass she was given for another event" -> passForAnotherEvent(person);
            default -> throw new IllegalArgumentException("no such kind of pass: " + kind);
        };
    }

    /** The person queues for a second event, is let in and enters it: a pass the waiting room really signed. */
    private static String passForAnotherEvent(String person) {
        WaitingRoomClient client = world().client();
        String otherEvent = "other-sale-" + UUID.randomUUID();
        Reply created = client.configureEvent(otherEvent, Map.of("seats", SeatNames.parse("A1 to A4")));
        assertThat(created.status()).as("the other event was set up: %s", created).isEqualTo(200);
        Reply joined = client.join(otherEvent, person, UUID.randomUUID().toString());
        assertThat(joined.accepted()).as("%s joined the other event: %s", person, joined).isTrue();
        Reply opened = client.configureEvent(otherEvent, Map.of("paused", false));
        assertThat(opened.status()).as("the other event's sale opened: %s", opened).isEqualTo(200);
        String token = joined.waitingToken();
        Pause.until(Pause.deadlineIn(Duration.ofSeconds(10)), Duration.ofMillis(100), () -> client.status(token),
                Reply::ready, person + " to be let in to the other event");
        Reply entered = client.enter(token);
        assertThat(entered.status()).as("%s entered the other event: %s", person, entered).isEqualTo(200);
        return entered.body().path("reservation_token").asText();
    }
}
