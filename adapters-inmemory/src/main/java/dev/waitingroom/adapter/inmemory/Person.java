package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.queue.UserId;
import java.util.Optional;

/**
 * Whose log an entry's changes go to: its user, or the entry itself when anonymous. The key keeps the two
 * apart (a user may be named like a ticket), in the form of the Redis key part ({@code user:<id>},
 * {@code ticket:<id>}).
 */
record Person(String key) {

    static Person of(Optional<UserId> user, String ticketId) {
        return user.map(Person::user).orElseGet(() -> new Person("ticket:" + ticketId));
    }

    static Person user(UserId user) {
        return new Person("user:" + user.value());
    }
}
