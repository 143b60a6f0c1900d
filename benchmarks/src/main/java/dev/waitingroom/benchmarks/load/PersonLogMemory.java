package dev.waitingroom.benchmarks.load;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The person logs a phase left in Redis, and the memory they take. The benchmark knows its own people (user
 * {@code u<UniqueIds.of(n)>} for each request number n of an event's phase), so it asks about exactly their
 * streams, without SCAN: {@code XLEN} of every one and {@code MEMORY USAGE} of every {@value #SAMPLE_EVERY}th,
 * pipelined, plus the event's logged hash (the marker of entries that keep a log).
 */
final class PersonLogMemory {

    static final int SAMPLE_EVERY = 100;
    private static final int BATCH = 2_000;
    private static final Duration REPLY_LIMIT = Duration.ofMinutes(1);

    private final RedisAsyncCommands<String, String> redis;

    PersonLogMemory(RedisCommands<String, String> redis) {
        this.redis = redis.getStatefulConnection().async();
    }

    /**
     * @param withLog       people with a stream
     * @param entries       the entries of all their streams
     * @param sampled       MEMORY USAGE of the sampled streams, by their length (entries)
     * @param markedEntries fields of the logged hash
     * @param markerBytes   MEMORY USAGE of the logged hash (Redis estimates a large hash from a few of its fields)
     */
    record Result(long people, long withLog, long entries, Map<Long, LongSummaryStatistics> sampled, long markedEntries,
                  long markerBytes) {

        /** Bytes per entry over the sampled streams: what a log entry costs, a stream's own overhead shared among its entries. */
        double bytesPerEntry() {
            long bytes = sampled.values().stream().mapToLong(LongSummaryStatistics::getSum).sum();
            long sampledEntries = sampled.entrySet().stream().mapToLong(length -> length.getKey() * length.getValue().getCount()).sum();
            return sampledEntries == 0 ? 0 : (double) bytes / sampledEntries;
        }

        String describe() {
            if (withLog == 0) {
                return String.format(Locale.ROOT, "none of %,d people has a log; %,d entries marked as logged", people, markedEntries);
            }
            StringJoiner byLength = new StringJoiner(", ");
            sampled.forEach((length, bytes) -> byLength.add(String.format(Locale.ROOT, "%,.0f bytes with %d %s (%,d streams)",
                    bytes.getAverage(), length, length == 1 ? "entry" : "entries", bytes.getCount())));
            return String.format(Locale.ROOT, "%,d of %,d people have one, %,d entries (%.2f a person); MEMORY USAGE of every %dth"
                            + " stream: %s; %,.0f bytes per entry; logged hash %,d entries, about %,.0f bytes each",
                    withLog, people, entries, (double) entries / withLog, SAMPLE_EVERY, byLength, bytesPerEntry(),
                    markedEntries, markedEntries == 0 ? 0 : (double) markerBytes / markedEntries);
        }
    }

    /** The logs of the users {@code u<UniqueIds.of(n)>}, n below {@code people}, in the event. */
    Result measure(String eventId, long people) throws IOException, InterruptedException {
        long withLog = 0;
        long entries = 0;
        Map<Long, LongSummaryStatistics> sampled = new TreeMap<>();
        for (long from = 0; from < people; from += BATCH) {
            List<RedisFuture<Long>> lengths = new ArrayList<>(BATCH);
            Map<Integer, RedisFuture<Long>> memory = new TreeMap<>();
            for (long n = from; n < Math.min(people, from + BATCH); n++) {
                String stream = JoinScript.userLogKey(eventId, "u" + UniqueIds.of(n));
                lengths.add(redis.xlen(stream));
                if (n % SAMPLE_EVERY == 0) {
                    memory.put(lengths.size() - 1, redis.memoryUsage(stream));
                }
            }
            for (int i = 0; i < lengths.size(); i++) {
                long length = reply(lengths.get(i));
                if (length > 0) {
                    withLog++;
                    entries += length;
                    if (memory.containsKey(i)) {
                        sampled.computeIfAbsent(length, any -> new LongSummaryStatistics()).accept(reply(memory.get(i)));
                    }
                }
            }
        }
        String logged = JoinScript.loggedKey(eventId);
        return new Result(people, withLog, entries, sampled, reply(redis.hlen(logged)), reply(redis.memoryUsage(logged)));
    }

    /** A missing key answers 0 to XLEN and HLEN, and nothing to MEMORY USAGE. */
    private static long reply(RedisFuture<Long> future) throws IOException, InterruptedException {
        try {
            Long value = future.get(REPLY_LIMIT.toSeconds(), TimeUnit.SECONDS);
            return value == null ? 0 : value;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("reading the person logs failed: " + e.getMessage(), e);
        }
    }
}
