package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The person logs of one event. A log is forgotten its time to live after its last entry: it reads as absent
 * from then on, and the admission step removes such logs a batch at a time, so that logs nobody reads again do
 * not pile up. Not thread-safe: every caller holds the lock of the event's {@link EventQueue}, so each append
 * is atomic with the change it records.
 */
final class EventLogs {

    /** The event's log policy as it is now: a changed policy applies from the next append, as on Redis. */
    private final Supplier<LogPolicy> policy;
    private final Map<Person, PersonHistory> histories = new HashMap<>();
    private final TreeSet<Due> forgetting = new TreeSet<>();

    EventLogs(Supplier<LogPolicy> policy) {
        this.policy = policy;
    }

    void append(Person person, LogEntryType type, String ticketId, long now, Map<String, String> details) {
        PersonHistory history = current(person, now);
        if (history == null) {
            history = new PersonHistory();
            histories.put(person, history);
        } else {
            forgetting.remove(new Due(history.forgottenAtMillis(), person.key()));
        }
        history.append(type, ticketId, details, now, policy.get());
        forgetting.add(new Due(history.forgottenAtMillis(), person.key()));
    }

    /** The person's entries after the cursor; an empty page when the person has no log (or it was forgotten). */
    LogPage page(Person person, Optional<LogCursor> after, LogLimit limit, long now) {
        PersonHistory history = current(person, now);
        return history == null ? LogPage.EMPTY : history.page(after, limit);
    }

    /** Removes up to {@code batch} logs whose time is up, earliest first. */
    void forgetExpired(long now, int batch) {
        for (int i = 0; i < batch && !forgetting.isEmpty() && forgetting.first().atMillis() <= now; i++) {
            histories.remove(new Person(forgetting.pollFirst().key()));
        }
    }

    /** How many people have a log kept: what the purge keeps from growing without bound. */
    int size() {
        return histories.size();
    }

    /** The person's log, or null when there is none; one whose time is up is removed when found, as Redis does with a key. */
    private PersonHistory current(Person person, long now) {
        PersonHistory history = histories.get(person);
        if (history != null && history.isForgottenAt(now)) {
            histories.remove(person);
            forgetting.remove(new Due(history.forgottenAtMillis(), person.key()));
            return null;
        }
        return history;
    }
}
