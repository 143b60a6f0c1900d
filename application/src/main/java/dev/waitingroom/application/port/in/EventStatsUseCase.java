package dev.waitingroom.application.port.in;

public interface EventStatsUseCase {

    EventStats stats(EventStatsQuery query);
}
