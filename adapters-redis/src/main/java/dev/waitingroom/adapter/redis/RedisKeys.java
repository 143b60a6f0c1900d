package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.UserId;

/**
 * The names of one event's keys. Each carries the event as its hash tag ({@code wr:{<event>}:...}),
 * so every script touches a single cluster slot. Event ids cannot contain braces, so the tag is exact.
 * The few keys that belong to no event are only ever used by single-key commands or single-key scripts.
 *
 * <p>One kind of key is also built inside the scripts: a person's log. Which person a change concerns is
 * only known inside the script that makes it, so that script is handed {@link #logPrefix()} and appends
 * {@code <person>:log} to it, in the one helper {@code person_log.lua}; the key still carries the event's tag.
 */
final class RedisKeys {

    /** Set: the id of every event ever configured, so work that visits each event needs no scan. */
    static final String EVENTS = "wr:events";

    /** String: written when a store is first used; its absence means Redis lost what it held. */
    static final String STORE_MARKER = "wr:store";

    /**
     * String, no TTL: the entry-pass signing key the gateways generated when the operator set none (a
     * private JWK). The first gateway to start keeps its own; every other one reads it.
     */
    static final String SIGNING_KEY = "wr:signing-key";

    /** Hash: feature flag name to its rollout ({@code false}, {@code true} or {@code <n>%}), shared by every event. */
    static final String FLAGS = "wr:flags";

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

    /** String with a TTL: the ticket id an idempotency key created, and who used the key. */
    String idempotency(IdempotencyKey key) {
        return prefix + "idem:" + key.value();
    }

    /** Hash: ticket id of every entry waiting or admitted, to {@code <score>:<user id>}. */
    String tickets() {
        return prefix + "tickets";
    }

    /** Sorted set: waiting ticket id scored by the store time it was last heard of (its heartbeat). */
    String alive() {
        return prefix + "alive";
    }

    /** Sorted set: admitted ticket id scored by the store time its admission window ends. */
    String windows() {
        return prefix + "windows";
    }

    /** Sorted set: ticket id of a dropped entry or an ended window, scored by when to forget it. */
    String expired() {
        return prefix + "expired";
    }

    /** Hash: admitted ticket id to the entry pass kept for its window. */
    String passes() {
        return prefix + "passes";
    }

    /** Hash: the admission's token bucket ({@code tokens}, {@code at}), {@code since} and the measured {@code rate}. */
    String admission() {
        return prefix + "admission";
    }

    /** Hash: unix second to the number admitted in it, over the last minute. */
    String pace() {
        return prefix + "pace";
    }

    /** Hash: user id to the number of that user's entries, waiting or admitted. */
    String users() {
        return prefix + "users";
    }

    /** Hash: the event's running counters. */
    String stats() {
        return prefix + "stats";
    }

    /** Hash: seat id to {@code A} (available), {@code H:<reservation id>} (held) or {@code S:<reservation id>} (sold). */
    String seats() {
        return prefix + "seats";
    }

    /** Hash: {@code available}, {@code held} and {@code sold}, always equal to the counts of the seats' states. */
    String seatCounts() {
        return prefix + "seat-counts";
    }

    /** Hash: reservation id to {@code <STATUS>|<holder entry id>|<hold end, unix ms>|<seat,seat,...>}. */
    String reservations() {
        return prefix + "reservations";
    }

    /** Sorted set: the id of every open hold, scored by the store time it runs out. */
    String holds() {
        return prefix + "holds";
    }

    /** Hash: holder entry id to its open hold's reservation id (one open hold per admission). */
    String holders() {
        return prefix + "holders";
    }

    /** Sorted set: cancelled or expired reservation id, scored by when to forget it. */
    String finished() {
        return prefix + "finished";
    }

    /**
     * String with PXAT the window's end: the ticket id behind an admitted entry id, so a seat script finds
     * the window of the entry pass it is shown. It disappears with the window's end by itself.
     */
    String entry(String entryId) {
        return prefix + "entry:" + entryId;
    }

    /**
     * Hash: ticket id of each entry whose log is on, to its person ({@code user:<user id>}, or
     * {@code ticket:<ticket id>} when anonymous). Kept while the entry is live and then while its token
     * answers "expired"; gone at once when it leaves.
     */
    String logged() {
        return prefix + "logged";
    }

    /**
     * The event's key prefix, {@code wr:{<event>}:}: not a key of its own, but handed to the scripts that
     * log a change, which build the person's stream from it ({@code <prefix><person>:log}).
     */
    String logPrefix() {
        return prefix;
    }

    /** Stream: a user's log of changes in the event, as {@code person_log.lua} builds it. */
    String userLog(UserId user) {
        return personLog(userPerson(user));
    }

    /** Stream: the log of a person as {@link #logged()} names them. */
    String personLog(String person) {
        return prefix + person + ":log";
    }

    /** How a user is named in {@link #logged()} and in their stream's key; join.lua names people the same way. */
    static String userPerson(UserId user) {
        return "user:" + user.value();
    }
}
