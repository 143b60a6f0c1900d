package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A person log that answers the page the test gave each person (a user id, or a waiting token), and
 * remembers how it was asked; a token it was given no page for is unknown.
 */
final class ScriptedPersonLog implements PersonLog {

    private final Map<String, LogPage> pages = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    void answer(String person, LogPage page) {
        pages.put(person, page);
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        asked.add(eventId + "/" + user + " after " + after.map(LogCursor::toString).orElse("-") + " limit " + limit.value());
        return pages.getOrDefault(user.value(), LogPage.EMPTY);
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        asked.add(token + " after " + after.map(LogCursor::toString).orElse("-") + " limit " + limit.value());
        return Optional.ofNullable(pages.get(token.value()));
    }
}
