package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one scenario has done so far, shared by its step classes: its event and its settings, every
 * person's joins in the order that person sent them, the answers the last steps got, the counters
 * seen earlier, and what admission did (when the sale opened, the looks at the queue, the entries).
 * A new world is made before every scenario (see {@link ScenarioHooks}), and every scenario has an
 * event of its own. Cucumber runs a scenario's hooks and steps on one thread, so the world of the
 * scenario is the one of the current thread.
 */
final class QueueWorld {

    private static final ThreadLocal<QueueWorld> CURRENT = new ThreadLocal<>();

    /** One join a person sent, with the request key it carried and what the waiting room answered. */
    record Join(String requestKey, Reply reply) {
    }

    /**
     * The moment the operator opened (or resumed) the sale, as the scenario saw it.
     *
     * @param sentNanos   {@link System#nanoTime()} just before the request was sent: the earliest the
     *                    waiting room can have opened it
     * @param sentAt      the same moment on the wall clock, for comparing with times the waiting room names
     * @param letInBefore how many people the event had let in before (read before the request was sent)
     */
    record SaleOpening(long sentNanos, Instant sentAt, long letInBefore) {
    }

    /** When a person was first seen let in: the end of the status check that showed it. */
    record LetIn(Instant seenAt) {
    }

    private final WaitingRoomClient client = DeploymentHooks.client();
    private final Map<String, List<Join>> joinsByPerson = new LinkedHashMap<>();
    private final Map<String, Long> lastJoinSentNanos = new HashMap<>();
    private final Map<String, LetIn> letIn = new LinkedHashMap<>();
    private final Map<String, List<Reply>> entriesByPerson = new HashMap<>();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final ReservationBook reservations = new ReservationBook();
    private String eventId;
    private JsonNode settings;
    private Reply lastReply;
    private List<Reply> burst = List.of();
    private JsonNode countersBefore;
    private SaleOpening saleOpening;
    private long pausedNanos;
    private long letInAtPause = -1;
    private List<Look> looks = List.of();
    private Map<Integer, GatewayCounters> gatewayCountersAtOpening = Map.of();

    private QueueWorld() {
    }

    static void begin() {
        CURRENT.set(new QueueWorld());
    }

    /** Stops whatever the scenario left running (people checking their place in the background). */
    static void end() {
        QueueWorld world = CURRENT.get();
        CURRENT.remove();
        if (world != null) {
            world.stopRunning();
        }
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
        this.settings = reply.body();
    }

    /** The event's settings as the waiting room last confirmed them. */
    JsonNode settings() {
        assertThat(settings).as("the scenario set up an event first").isNotNull();
        return settings;
    }

    void settingsConfirmed(JsonNode settings) {
        this.settings = settings;
    }

    /** Whether the scenario got as far as setting up its event. */
    boolean hasEvent() {
        return eventId != null;
    }

    String eventId() {
        assertThat(eventId).as("the scenario set up an event first").isNotNull();
        return eventId;
    }

    Reply join(String person) {
        return join(person, UUID.randomUUID().toString());
    }

    Reply join(String person, String requestKey) {
        lastJoinSentNanos.put(person, System.nanoTime());
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

    /** When the person's last join was sent: their last sign of life before any status check. */
    long lastJoinSentNanos(String person) {
        Long sent = lastJoinSentNanos.get(person);
        assertThat(sent).as("%s joined", person).isNotNull();
        return sent;
    }

    /** Everyone who joined, in the order of their first joins. */
    List<String> peopleInJoiningOrder() {
        return List.copyOf(joinsByPerson.keySet());
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

    long letInCounted() {
        return counters().path("admitted_total").asLong(-1);
    }

    void saleOpened(SaleOpening opening, Map<Integer, GatewayCounters> gatewayCounters) {
        saleOpening = opening;
        gatewayCountersAtOpening = Map.copyOf(gatewayCounters);
    }

    SaleOpening saleOpening() {
        assertThat(saleOpening).as("the sale was opened").isNotNull();
        return saleOpening;
    }

    Map<Integer, GatewayCounters> gatewayCountersAtOpening() {
        assertThat(gatewayCountersAtOpening).as("the counters of each gateway when the sale opened").isNotEmpty();
        return gatewayCountersAtOpening;
    }

    /**
     * @param pausedNanos  {@link System#nanoTime()} once the pause was confirmed
     * @param letInAtPause the event's count of people let in, read just after
     */
    void salePaused(long pausedNanos, long letInAtPause) {
        this.pausedNanos = pausedNanos;
        this.letInAtPause = letInAtPause;
    }

    long pausedNanos() {
        assertThat(letInAtPause).as("the sale was paused").isNotNegative();
        return pausedNanos;
    }

    long letInAtPause() {
        assertThat(letInAtPause).as("the sale was paused").isNotNegative();
        return letInAtPause;
    }

    void recordLooks(List<Look> looks) {
        this.looks = List.copyOf(looks);
    }

    List<Look> looks() {
        assertThat(looks).as("looks at the queue").isNotEmpty();
        return looks;
    }

    /** Remembers when a person was first seen let in; a later sighting changes nothing. */
    void seenLetIn(String person, LetIn when) {
        letIn.putIfAbsent(person, when);
    }

    LetIn letIn(String person) {
        LetIn when = letIn.get(person);
        assertThat(when).as("%s was seen let in", person).isNotNull();
        return when;
    }

    int peopleSeenLetIn() {
        return letIn.size();
    }

    Reply entered(String person, Reply reply) {
        entriesByPerson.computeIfAbsent(person, name -> new ArrayList<>()).add(reply);
        return answered(reply);
    }

    List<Reply> entriesOf(String person) {
        List<Reply> entries = entriesByPerson.getOrDefault(person, List.of());
        assertThat(entries).as("%s tried to enter", person).isNotEmpty();
        return entries;
    }

    /** The entry pass the person was last given. */
    String entryPassOf(String person) {
        List<Reply> entries = entriesOf(person);
        Reply granted = entries.stream().filter(entry -> entry.status() == 200).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError(person + " was never given a pass: " + entries));
        return granted.body().path("reservation_token").asText();
    }

    ReservationBook reservations() {
        return reservations;
    }

    /** Something running in the background until the scenario ends, unless a step stops it first. */
    void keepRunning(AutoCloseable task) {
        running.add(task);
    }

    private void stopRunning() {
        for (AutoCloseable task : running) {
            try {
                task.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop what the scenario left running", e);
            }
        }
        running.clear();
    }

    void rememberCounters() {
        countersBefore = counters();
    }

    JsonNode countersBefore() {
        assertThat(countersBefore).as("counters taken before the request").isNotNull();
        return countersBefore;
    }
}
