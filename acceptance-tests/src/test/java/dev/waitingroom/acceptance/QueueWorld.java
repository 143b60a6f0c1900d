package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one scenario has done so far, shared by its step classes: its event, every person's joins in
 * the order that person sent them, the answers the last steps got, and the counters seen earlier.
 * A new world is made before every scenario (see {@link ScenarioHooks}), and every scenario has an
 * event of its own. Cucumber runs a scenario's hooks and steps on one thread, so the world of the
 * scenario is the one of the current thread.
 */
final class QueueWorld {

    private static final ThreadLocal<QueueWorld> CURRENT = new ThreadLocal<>();

    /** One join a person sent, with the request key it carried and what the waiting room answered. */
    record Join(String requestKey, Reply reply) {
    }

    private final WaitingRoomClient client = DeploymentHooks.client();
    private final Map<String, List<Join>> joinsByPerson = new LinkedHashMap<>();
    private String eventId;
    private Reply lastReply;
    private List<Reply> burst = List.of();
    private JsonNode countersBefore;

    private QueueWorld() {
    }

    static void begin() {
        CURRENT.set(new QueueWorld());
    }

    static void end() {
        CURRENT.remove();
    }

    static QueueWorld current() {
        QueueWorld world = CURRENT.get();
        if (world == null) {
            throw new IllegalStateException("no scenario is running on this thread");
        }
        return world;
    }

    WaitingRoomClient client() {
        return client;
    }

    void openEvent(Map<String, Object> settings) {
        eventId = "sale-" + UUID.randomUUID();
        Reply reply = client.configureEvent(eventId, settings);
        assertThat(reply.status()).as("the event was set up: %s", reply).isEqualTo(200);
    }

    String eventId() {
        assertThat(eventId).as("the scenario set up an event first").isNotNull();
        return eventId;
    }

    Reply join(String person) {
        return join(person, UUID.randomUUID().toString());
    }

    Reply join(String person, String requestKey) {
        Reply reply = client.join(eventId(), person, requestKey);
        joinsByPerson.computeIfAbsent(person, name -> new ArrayList<>()).add(new Join(requestKey, reply));
        return answered(reply);
    }

    /** Joins that ran on other threads, recorded once they have all finished. */
    void recordJoins(String person, List<Join> joins) {
        joinsByPerson.computeIfAbsent(person, name -> new ArrayList<>()).addAll(joins);
    }

    List<Join> joinsOf(String person) {
        List<Join> joins = joinsByPerson.getOrDefault(person, List.of());
        assertThat(joins).as("joins sent by %s", person).isNotEmpty();
        return joins;
    }

    Map<String, List<Join>> joinsByPerson() {
        return joinsByPerson;
    }

    List<Join> allJoins() {
        return joinsByPerson.values().stream().flatMap(List::stream).toList();
    }

    /** The waiting token of the one place the person holds. */
    String onlyPlaceOf(String person) {
        List<Join> accepted = joinsOf(person).stream().filter(join -> join.reply().accepted()).toList();
        assertThat(accepted).as("places held by %s", person).hasSize(1);
        return accepted.getFirst().reply().waitingToken();
    }

    Reply answered(Reply reply) {
        lastReply = reply;
        return reply;
    }

    Reply lastReply() {
        assertThat(lastReply).as("a request was sent").isNotNull();
        return lastReply;
    }

    void recordBurst(List<Reply> replies) {
        burst = List.copyOf(replies);
    }

    List<Reply> burst() {
        assertThat(burst).as("joins sent at the same moment").isNotEmpty();
        return burst;
    }

    /** The event's counters as the admin API reports them: waiting, joined in total, left in total. */
    JsonNode counters() {
        Reply reply = client.stats(eventId());
        assertThat(reply.status()).as("the counters of the event: %s", reply).isEqualTo(200);
        return reply.body();
    }

    void rememberCounters() {
        countersBefore = counters();
    }

    JsonNode countersBefore() {
        assertThat(countersBefore).as("counters taken before the request").isNotNull();
        return countersBefore;
    }
}
