package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds out how each gateway answers the flag {@value #FLAG} right now, the only way its users can: a
 * made-up person joins an event of its own through that gateway, and the person's log shows whether
 * the join was kept. The listing of flags cannot tell: it reads the store, which every gateway shares,
 * while each gateway decides from its own short-lived copy.
 */
final class LogKeepingProbe {

    static final String FLAG = "streams_queue";

    private static final Duration BETWEEN_TRIES = Duration.ofMillis(50);

    private final WaitingRoomClient client;
    private final String eventId = "log-probe-" + UUID.randomUUID();

    LogKeepingProbe(WaitingRoomClient client) {
        this.client = client;
        Reply reply = client.configureEvent(eventId, Map.of());
        assertThat(reply.status()).as("the event the probes join: %s", reply).isEqualTo(200);
    }

    /**
     * Waits until every gateway answers the flag as {@code now} rather than as {@code before}, and
     * returns how long after {@code sinceNanos} the slowest gateway got there: the time the last probe
     * that showed it was sent (a probe sent by the deadline counts, whenever it was answered).
     *
     * @throws AssertionError when some gateway still answered as before at the deadline
     */
    Duration untilEveryGatewayAnswers(FlagSetting before, FlagSetting now, long sinceNanos, long deadlineNanos) {
        long slowest = sinceNanos;
        for (int gateway = 0; gateway < client.gateways(); gateway++) {
            slowest = Math.max(slowest, untilGatewayAnswers(gateway, before, now, deadlineNanos));
        }
        return Duration.ofNanos(slowest - sinceNanos);
    }

    /** The moment the probe that first showed the gateway answering as {@code now} was sent. */
    private long untilGatewayAnswers(int gateway, FlagSetting before, FlagSetting now, long deadlineNanos) {
        while (true) {
            Optional<String> someone = now.someoneTreatedDifferentlyThan(before, FLAG);
            if (someone.isEmpty()) {
                // the two values answer alike for everyone: there is nothing to wait for
                return System.nanoTime();
            }
            String person = someone.get();
            long sent = System.nanoTime();
            boolean kept = logKept(gateway, person);
            if (kept == now.includes(FLAG, person)) {
                assertThat(sent).as("gateway %d answered as %s only for a join sent after the deadline", gateway, now)
                        .isLessThanOrEqualTo(deadlineNanos);
                return sent;
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new AssertionError("gateway " + gateway + " still answered the flag " + FLAG + " as " + before
                        + ", not as " + now + ", at the deadline: the join of " + person + " was "
                        + (kept ? "" : "not ") + "kept in the log");
            }
            Pause.millis(BETWEEN_TRIES.toMillis());
        }
    }

    /** Lets the person join the probes' event through the gateway: whether their log kept the join. */
    boolean logKept(int gateway, String person) {
        Reply joined = client.join(eventId, person, UUID.randomUUID().toString(), gateway);
        assertThat(joined.accepted()).as("the probe %s joined through gateway %d: %s", person, gateway, joined).isTrue();
        return PersonLogShown.ofUser(client, eventId, person, 100).names(joined.waitingToken());
    }
}
