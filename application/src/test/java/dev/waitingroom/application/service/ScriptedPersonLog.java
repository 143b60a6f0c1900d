package dev.waitingroom.application.service;

import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person log that answers what the test says, and remembers what it was asked. */
final class ScriptedPersonLog implements PersonLog {

    private final List<String> asked = new ArrayList<>();
    private LogPage page = LogPage.EMPTY;
    private boolean knowsTokens = true;

    void answer(LogPage page) {
        this.page = page;
    }

    void forgetTokens() {
        knowsTokens = false;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public LogPage ofUser(EventId eventId, UserId user, Optional<LogCursor> after, LogLimit limit) {
        asked.add("user " + eventId + "/" + user + " after " + after.map(LogCursor::toString).orElse("start") + " limit " + limit.value());
        return page;
    }

    @Override
    public Optional<LogPage> ofToken(WaitingToken token, Optional<LogCursor> after, LogLimit limit) {
        asked.add("token " + token + " after " + after.map(LogCursor::toString).orElse("start") + " limit " + limit.value());
        return knowsTokens ? Optional.of(page) : Optional.empty();
    }
}
