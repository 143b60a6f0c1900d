package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ReadTokenHistoryQuery;
import dev.waitingroom.application.port.in.ReadTokenHistoryResult;
import dev.waitingroom.application.port.in.ReadTokenHistoryUseCase;
import dev.waitingroom.domain.port.PersonLog;

public final class ReadTokenHistoryService implements ReadTokenHistoryUseCase {

    private final PersonLog personLog;

    public ReadTokenHistoryService(PersonLog personLog) {
        this.personLog = personLog;
    }

    @Override
    public ReadTokenHistoryResult read(ReadTokenHistoryQuery query) {
        return personLog.ofToken(query.token(), query.after(), query.limit())
                .<ReadTokenHistoryResult>map(ReadTokenHistoryResult.Found::new)
                .orElseGet(ReadTokenHistoryResult.TokenNotFound::new);
    }
}
