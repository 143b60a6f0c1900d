package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.ReadUserLogQuery;
import dev.waitingroom.application.port.in.ReadUserLogResult;
import dev.waitingroom.application.port.in.ReadUserLogUseCase;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.PersonLog;

public final class ReadUserLogService implements ReadUserLogUseCase {

    private final EventCatalogue eventCatalogue;
    private final PersonLog personLog;

    public ReadUserLogService(EventCatalogue eventCatalogue, PersonLog personLog) {
        this.eventCatalogue = eventCatalogue;
        this.personLog = personLog;
    }

    @Override
    public ReadUserLogResult read(ReadUserLogQuery query) {
        // a typo in the event would otherwise read as "this user did nothing", which misleads support staff
        if (eventCatalogue.find(query.eventId()).isEmpty()) {
            return new ReadUserLogResult.EventNotFound(query.eventId());
        }
        return new ReadUserLogResult.Found(personLog.ofUser(query.eventId(), query.user(), query.after(), query.limit()));
    }
}
