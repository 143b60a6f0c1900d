package dev.waitingroom.application.port.in;

public interface ReadTokenHistoryUseCase {

    ReadTokenHistoryResult read(ReadTokenHistoryQuery query);
}
