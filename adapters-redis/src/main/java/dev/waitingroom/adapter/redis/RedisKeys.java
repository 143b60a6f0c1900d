package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;

/**
 * The names of one event's keys. Each carries the event as its hash tag ({@code wr:{<event>}:...}),
 * so every script touches a single cluster slot. Event ids cannot contain braces, so the tag is exact.
 */
final class RedisKeys {

    private final String prefix;

    private RedisKeys(EventId eventId) {
        this.prefix = "wr:{" + eventId.value() + "}:";
    }

    static RedisKeys of(EventId eventId) {
        return new RedisKeys(eventId);
    }

    /** Hash: the event's settings. Its existence is what makes the event open. */
    String event() {
        return prefix + "event";
    }

    /** Sorted set: ticket id scored by its encoded queue score. */
    String queue() {
        return prefix + "queue";
    }

    /** String: the last score issued for this event. */
    String seq() {
        return prefix + "seq";
    }

    /** String with a TTL: the ticket id an idempotency key created. */
    String idempotency(IdempotencyKey key) {
        return prefix + "idem:" + key.value();
    }

    /** Hash: who holds the ticket and which idempotency key made it. */
    String ticket(String ticketId) {
        return prefix + "ticket:" + ticketId;
    }

    /** Hash: user id to the number of that user's waiting entries. */
    String users() {
        return prefix + "users";
    }

    /** Hash: the event's running counters. */
    String stats() {
        return prefix + "stats";
    }
}
