package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.admission.AdmissionPolicy;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.admission.TokenBucket;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.log.LogPolicy;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueScore;
import dev.waitingroom.domain.queue.QueueScoreGenerator;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One event's queue and its admission. Every method holds the event's lock, so each is atomic as the
 * Redis scripts are. An entry is waiting (in the queue) or admitted (its window open); a dropped entry
 * or an ended window leaves an "expired" mark that is forgotten after a while. The same lock guards the
 * event's seats ({@link EventSeats}): a hold checks, and a confirm closes, a window in one atomic step.
 * It guards the event's person logs too ({@link EventLogs}): each change of an entry whose log is on is
 * appended in the same step, so the log's order is the order of the changes.
 */
final class EventQueue {

    /** @param keepsLog decided at the join: every change of this entry goes to its person's log, or none does */
    private record Entry(String ticketId, int slot, QueueScore score, Optional<UserId> user, IdempotencyKey key,
                         boolean keepsLog) {

        Person person() {
            return Person.of(user, ticketId);
        }
    }

    /** A used key, with who used it: only that user (or only anonymous joins) may have its entry back. */
    private record RememberedKey(String ticketId, Optional<UserId> user, long expiresAtMillis) {
    }

    private static final class Window {
        final Entry entry;
        final long endsAtMillis;
        String pass;
        /** Set with the pass: the name seat holds know this window by. */
        String entryId;

        Window(Entry entry, long endsAtMillis) {
            this.entry = entry;
            this.endsAtMillis = endsAtMillis;
        }
    }

    private static final Map<String, String> ENDED = Map.of("reason", "ended");

    private final EventId eventId;
    private final Clock clock;
    private final long idempotencyTtlMillis;
    private final long expiredMemoryMillis;
    private final QueueScoreGenerator scores;

    private final ArrivalIndex arrivals = new ArrivalIndex();
    private final Map<String, Entry> waiting = new HashMap<>();
    private final TreeMap<Integer, String> head = new TreeMap<>();
    private final Map<String, Long> lastSeen = new HashMap<>();
    private final TreeSet<Due> silence = new TreeSet<>();
    private final Map<String, Window> windows = new HashMap<>();
    /** Entry id -> ticket, for the windows that kept a pass: how a seat holder's window is found. */
    private final Map<String, String> ticketsByEntryId = new HashMap<>();
    private final TreeSet<Due> windowEnds = new TreeSet<>();
    private final Map<String, Long> expired = new HashMap<>();
    /** The person of each expired entry whose log is on, so its token still finds the log while the mark lasts. */
    private final Map<String, Person> expiredPersons = new HashMap<>();
    private final TreeSet<Due> forgetting = new TreeSet<>();
    private final Map<IdempotencyKey, RememberedKey> keys = new HashMap<>();
    private final Map<UserId, Integer> entriesByUser = new HashMap<>();
    private final PaceCounter pace = new PaceCounter();
    private final EventLogs logs;
    private TokenBucket bucket;
    private long joinedTotal;
    private long leftTotal;
    private long admittedTotal;
    private long droppedTotal;

    EventQueue(EventId eventId, Clock clock, long idempotencyTtlMillis, long expiredMemoryMillis,
               Supplier<LogPolicy> logPolicy) {
        this.eventId = eventId;
        this.clock = clock;
        this.idempotencyTtlMillis = idempotencyTtlMillis;
        this.expiredMemoryMillis = expiredMemoryMillis;
        this.scores = new QueueScoreGenerator(clock);
        this.logs = new EventLogs(logPolicy);
    }

    synchronized JoinOutcome join(String ticketId, Optional<UserId> user, IdempotencyKey key, QueuePolicy policy,
                                  boolean keepLog) {
        long now = clock.millis();
        RememberedKey remembered = keys.get(key);
        if (remembered != null) {
            boolean live = remembered.expiresAtMillis() > now && isLive(remembered.ticketId());
            if (live) {
                return remembered.user().equals(user)
                        ? new JoinOutcome.Duplicate(WaitingToken.of(eventId, remembered.ticketId()))
                        : new JoinOutcome.IdempotencyConflict();
            }
            keys.remove(key); // its entry is gone, or the key's time is up: the key is free again
        }
        if (user.isPresent() && !policy.allowsAnotherEntry(entriesByUser.getOrDefault(user.get(), 0))) {
            return new JoinOutcome.UserLimitReached(policy.maxEntriesPerUser());
        }

        QueueScore score = scores.next();
        int slot = arrivals.append();
        Entry entry = new Entry(ticketId, slot, score, user, key, keepLog);
        waiting.put(ticketId, entry);
        head.put(slot, ticketId);
        heartbeat(ticketId, now);
        keys.put(key, new RememberedKey(ticketId, user, now + idempotencyTtlMillis));
        user.ifPresent(u -> entriesByUser.merge(u, 1, Integer::sum));
        joinedTotal++;
        long position = arrivals.rank(slot);
        log(entry, LogEntryType.JOINED, now, Map.of("position", Long.toString(position)));
        return new JoinOutcome.Joined(position, score);
    }

    synchronized EntryStatus status(String ticketId, AdmissionPolicy policy) {
        long now = clock.millis();
        Entry entry = waiting.get(ticketId);
        if (entry != null) {
            heartbeat(ticketId, now);
            return new EntryStatus.Waiting(arrivals.rank(entry.slot()), entry.score().time(), Instant.ofEpochMilli(now),
                    pace.lastMeasured(), policy.paused(), policy.abandonAfter());
        }
        Window window = windows.get(ticketId);
        if (window != null && window.endsAtMillis > now) {
            return new EntryStatus.Admitted(window.entry.score().time(), Instant.ofEpochMilli(window.endsAtMillis),
                    Instant.ofEpochMilli(now), policy.abandonAfter());
        }
        return isExpired(ticketId, window, now) ? new EntryStatus.Expired() : new EntryStatus.Unknown();
    }

    /**
     * A window that had ended when its holder left stays expired, as the next step would have left it: its
     * log says the window closed, which is the change that happened, not that the holder left.
     */
    synchronized boolean leave(String ticketId) {
        long now = clock.millis();
        Entry entry = waiting.remove(ticketId);
        String was = "waiting";
        if (entry != null) {
            unqueue(entry);
        } else {
            Window window = closeWindow(ticketId);
            if (window == null) {
                return false;
            }
            entry = window.entry;
            if (window.endsAtMillis <= now) {
                release(entry);
                markExpired(entry, now);
                log(entry, LogEntryType.WINDOW_CLOSED, now, ENDED);
                return false;
            }
            was = "admitted";
        }
        release(entry);
        leftTotal++;
        log(entry, LogEntryType.LEFT, now, Map.of("was", was));
        return true;
    }

    synchronized EnterOutcome enter(String ticketId) {
        long now = clock.millis();
        Entry entry = waiting.get(ticketId);
        if (entry != null) {
            return new EnterOutcome.NotReady(arrivals.rank(entry.slot()));
        }
        Window window = windows.get(ticketId);
        if (window != null && window.endsAtMillis > now) {
            return new EnterOutcome.Admitted(WaitingToken.of(eventId, ticketId), window.entry.user(),
                    Instant.ofEpochMilli(window.endsAtMillis), Instant.ofEpochMilli(now), Optional.ofNullable(window.pass));
        }
        return isExpired(ticketId, window, clock.millis()) ? new EnterOutcome.Expired() : new EnterOutcome.Unknown();
    }

    synchronized Optional<String> keepPass(String ticketId, String pass) {
        Window window = windows.get(ticketId);
        if (window == null || window.endsAtMillis <= clock.millis()) {
            return Optional.empty();
        }
        if (window.pass == null) {
            window.pass = pass;
            window.entryId = WaitingToken.of(eventId, ticketId).entryId();
            ticketsByEntryId.put(window.entryId, ticketId);
            log(window.entry, LogEntryType.ENTERED, clock.millis(), Map.of());
        }
        return Optional.of(window.pass);
    }

    /** The end of the open window whose pass names this entry id, or empty when there is none open at {@code now}. */
    synchronized OptionalLong windowEnd(String entryId, long now) {
        String ticketId = ticketsByEntryId.get(entryId);
        Window window = ticketId == null ? null : windows.get(ticketId);
        return window != null && window.endsAtMillis > now ? OptionalLong.of(window.endsAtMillis) : OptionalLong.empty();
    }

    /**
     * A purchase used the window: it closes now exactly as the step closes a window that ended (its place
     * under max_active, its user's place and its key are freed, its token answers "expired"), and it is not
     * counted as a leave.
     */
    synchronized void closeWindowByPurchase(String entryId, long now) {
        String ticketId = ticketsByEntryId.get(entryId);
        Window window = ticketId == null ? null : closeWindow(ticketId);
        if (window != null) {
            release(window.entry);
            markExpired(window.entry, now);
            log(window.entry, LogEntryType.WINDOW_CLOSED, now, Map.of("reason", "purchased"));
        }
    }

    /** The holder of the open window whose pass names this entry id, when that entry keeps a log. */
    synchronized Optional<LoggedEntry> loggedHolder(String entryId) {
        String ticketId = ticketsByEntryId.get(entryId);
        Window window = ticketId == null ? null : windows.get(ticketId);
        if (window == null || !window.entry.keepsLog()) {
            return Optional.empty();
        }
        return Optional.of(new LoggedEntry(window.entry.person(), ticketId));
    }

    /** Appends a change of a reservation to its holder's log, under this lock like every other change. */
    synchronized void log(LoggedEntry holder, LogEntryType type, long now, Map<String, String> details) {
        logs.append(holder.person(), type, holder.ticketId(), now, details);
    }

    /** The person's log; an empty page when there is none. */
    synchronized LogPage logOf(Person person, Optional<LogCursor> after, LogLimit limit) {
        return logs.page(person, after, limit, clock.millis());
    }

    /**
     * The log of the entry's person while the entry is known: waiting or admitted, or, when its log is on,
     * expired and not yet forgotten. Empty when the entry is unknown.
     */
    synchronized Optional<LogPage> historyOf(String ticketId, Optional<LogCursor> after, LogLimit limit) {
        long now = clock.millis();
        return knownPerson(ticketId, now).map(person -> logs.page(person, after, limit, now));
    }

    private Optional<Person> knownPerson(String ticketId, long now) {
        Entry live = waiting.get(ticketId);
        if (live == null && windows.containsKey(ticketId)) {
            live = windows.get(ticketId).entry; // its window may have ended: not closed yet, the entry is still known
        }
        if (live != null) {
            return Optional.of(live.person());
        }
        return isExpired(ticketId, null, now) ? Optional.ofNullable(expiredPersons.get(ticketId)) : Optional.empty();
    }

    /** See {@code AdmissionStore#step}: each part does at most {@code batch} entries. */
    synchronized AdmissionStep step(AdmissionPolicy policy, int batch) {
        long now = clock.millis();
        long closed = 0;
        while (closed < batch && !windowEnds.isEmpty() && windowEnds.first().atMillis() <= now) {
            Entry entry = closeWindow(windowEnds.first().key()).entry;
            release(entry);
            markExpired(entry, now);
            log(entry, LogEntryType.WINDOW_CLOSED, now, ENDED);
            closed++;
        }
        long dropped = 0;
        long silentBefore = now - policy.abandonAfter().toMillis();
        while (dropped < batch && !silence.isEmpty() && silence.first().atMillis() < silentBefore) {
            Entry entry = waiting.remove(silence.first().key());
            unqueue(entry);
            release(entry);
            markExpired(entry, now);
            log(entry, LogEntryType.DROPPED, now, Map.of());
            dropped++;
        }
        droppedTotal += dropped;
        long forgotten = 0;
        while (forgotten < batch && !forgetting.isEmpty() && forgetting.first().atMillis() <= now) {
            String ticketId = forgetting.pollFirst().key();
            expired.remove(ticketId);
            expiredPersons.remove(ticketId);
            forgotten++;
        }
        logs.forgetExpired(now, batch);

        bucket = bucket == null ? TokenBucket.full(policy, now) : bucket.refilled(policy, now);
        long admitted = 0;
        if (!policy.paused()) {
            admitted = TokenBucket.admissions(bucket.whole(), policy.maxActive(), windows.size(), waiting.size(), batch);
            for (long i = 0; i < admitted; i++) {
                Entry entry = waiting.remove(head.firstEntry().getValue());
                unqueue(entry);
                long endsAt = now + policy.entryTtl().toMillis();
                windows.put(entry.ticketId(), new Window(entry, endsAt));
                windowEnds.add(new Due(endsAt, entry.ticketId()));
                log(entry, LogEntryType.ADMITTED, now, Map.of("window_ends", Long.toString(endsAt)));
            }
            bucket = bucket.take(admitted);
            admittedTotal += admitted;
            pace.record(admitted, now);
        }
        pace.measure(now);
        boolean cutShort = closed == batch || dropped == batch || forgotten == batch || admitted == batch;
        return new AdmissionStep(admitted, dropped, closed, waiting.size(), windows.size(), cutShort);
    }

    synchronized QueueStats queueStats() {
        return new QueueStats(waiting.size(), joinedTotal, leftTotal);
    }

    synchronized AdmissionStats admissionStats() {
        long now = clock.millis();
        long open = windowEnds.tailSet(new Due(now + 1, ""), true).size();
        return new AdmissionStats(admittedTotal, droppedTotal, open, pace.lastMeasured());
    }

    /** Takes a window out of every index of the admission; null when it was not open. */
    private Window closeWindow(String ticketId) {
        Window window = windows.remove(ticketId);
        if (window != null) {
            windowEnds.remove(new Due(window.endsAtMillis, ticketId));
            if (window.entryId != null) {
                ticketsByEntryId.remove(window.entryId);
            }
        }
        return window;
    }

    private boolean isLive(String ticketId) {
        return waiting.containsKey(ticketId) || windows.containsKey(ticketId);
    }

    /** A window that ended but was not closed by a step yet is expired already. */
    private boolean isExpired(String ticketId, Window endedWindow, long now) {
        return endedWindow != null || expired.getOrDefault(ticketId, Long.MIN_VALUE) > now;
    }

    private void heartbeat(String ticketId, long now) {
        Long previous = lastSeen.put(ticketId, now);
        if (previous != null) {
            silence.remove(new Due(previous, ticketId));
        }
        silence.add(new Due(now, ticketId));
    }

    /** Takes a waiting entry out of every index of the queue (the caller removed it from {@code waiting}). */
    private void unqueue(Entry entry) {
        arrivals.remove(entry.slot());
        head.remove(entry.slot());
        Long seen = lastSeen.remove(entry.ticketId());
        if (seen != null) {
            silence.remove(new Due(seen, entry.ticketId()));
        }
    }

    /** Frees what the entry held: its user's place under the per-user limit, and its idempotency key. */
    private void release(Entry entry) {
        RememberedKey remembered = keys.get(entry.key());
        if (remembered != null && remembered.ticketId().equals(entry.ticketId())) {
            keys.remove(entry.key());
        }
        entry.user().ifPresent(u -> entriesByUser.computeIfPresent(u, (same, count) -> count == 1 ? null : count - 1));
    }

    private void markExpired(Entry entry, long now) {
        long until = now + expiredMemoryMillis;
        expired.put(entry.ticketId(), until);
        forgetting.add(new Due(until, entry.ticketId()));
        if (entry.keepsLog()) {
            expiredPersons.put(entry.ticketId(), entry.person());
        }
    }

    /** Appends a change of the entry to its person's log, when the entry keeps one. */
    private void log(Entry entry, LogEntryType type, long now, Map<String, String> details) {
        if (entry.keepsLog()) {
            logs.append(entry.person(), type, entry.ticketId(), now, details);
        }
    }
}
