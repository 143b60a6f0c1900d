package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Looks at the queue again and again while people are let in, until enough are or a deadline passes.
 * Checking from the last person to join to the first means that, as long as admission keeps the
 * queue's order, a look that finds someone ready finds everyone ahead of them ready too.
 */
final class QueueWatch {

    /** The pause between two looks of one watcher: many looks a second, without hammering two shared cores. */
    static final long PAUSE_BETWEEN_LOOKS_MILLIS = 100;

    private final WaitingRoomClient client;
    private final String eventId;
    private final List<String> tokens;

    /** @param tokens the waiting tokens of everyone watched, in joining order */
    QueueWatch(WaitingRoomClient client, String eventId, List<String> tokens) {
        this.client = client;
        this.eventId = eventId;
        this.tokens = List.copyOf(tokens);
    }

    /** @param gateway the gateway to look through, or -1 to send each check to the next gateway in turn */
    Look look(int gateway) {
        long started = System.nanoTime();
        Reply[] statuses = new Reply[tokens.size()];
        for (int i = tokens.size() - 1; i >= 0; i--) {
            statuses[i] = gateway < 0 ? client.status(tokens.get(i)) : client.status(tokens.get(i), gateway);
        }
        Reply counters = gateway < 0 ? client.stats(eventId) : client.stats(eventId, gateway);
        assertThat(counters.status()).as("the event's counters: %s", counters).isEqualTo(200);
        return new Look(gateway, started, System.nanoTime(), List.of(statuses), counters.body().path("admitted_total").asLong(-1));
    }

    /**
     * Looks through the gateways in turn until a look finds at least {@code target} people ready.
     *
     * @throws AssertionError when no look found that many before {@code deadlineNanos}
     */
    List<Look> until(int target, long deadlineNanos) {
        return watcher(-1, target, deadlineNanos).call();
    }

    /** Like {@link #until}, but with one watcher per gateway, all looking at the same time. */
    List<Look> throughEveryGatewayAtOnce(int target, long deadlineNanos) {
        List<Callable<List<Look>>> watchers = IntStream.range(0, client.gateways())
                .<Callable<List<Look>>>mapToObj(gateway -> watcher(gateway, target, deadlineNanos))
                .toList();
        return AllAtOnce.run(watchers).stream().flatMap(List::stream).toList();
    }

    private WatcherTask watcher(int gateway, int target, long deadlineNanos) {
        return new WatcherTask(gateway, target, deadlineNanos);
    }

    private final class WatcherTask implements Callable<List<Look>> {
        private final int gateway;
        private final int target;
        private final long deadlineNanos;

        WatcherTask(int gateway, int target, long deadlineNanos) {
            this.gateway = gateway;
            this.target = target;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public List<Look> call() {
            List<Look> looks = new ArrayList<>();
            while (true) {
                Look look = look(gateway);
                looks.add(look);
                if (look.letIn() >= target) {
                    return looks;
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new AssertionError("no look found " + target + " people let in before the deadline; "
                            + looks.size() + " looks, the last: " + look);
                }
                Pause.millis(PAUSE_BETWEEN_LOOKS_MILLIS);
            }
        }
    }
}
