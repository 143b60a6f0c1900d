package dev.waitingroom.acceptance;

import java.util.List;

/**
 * One look at the queue: everyone's status, checked one after another from the last person to join to
 * the first, and then the event's count of people let in.
 *
 * @param gateway      the gateway looked through, or -1 when each check went to the next gateway in turn
 * @param startedNanos {@link System#nanoTime()} before the first check was sent
 * @param endedNanos   {@link System#nanoTime()} after the count was answered
 * @param statuses     the status of each person, in joining order (the first to join first)
 * @param counted      the event's count of people let in, read last
 */
record Look(int gateway, long startedNanos, long endedNanos, List<Reply> statuses, long counted) {

    Look {
        statuses = List.copyOf(statuses);
    }

    /** How many of the people looked at were ready to enter. */
    int letIn() {
        return (int) statuses.stream().filter(Reply::ready).count();
    }

    /** Seconds from {@code sinceNanos} to the end of this look. */
    double secondsAfter(long sinceNanos) {
        return (endedNanos - sinceNanos) / 1e9;
    }

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < statuses.size(); i++) {
            Reply status = statuses.get(i);
            shown.append(i == 0 ? "" : " ").append(i + 1).append(':')
                    .append(status.ready() ? "ready" : status.waiting() ? "place " + status.body().path("position").asText()
                            : status.status() + " " + status.text());
        }
        return "look " + (gateway < 0 ? "through the gateways in turn" : "through gateway " + gateway)
                + ": " + letIn() + " ready, " + counted + " counted let in [" + shown + "]";
    }
}
