package dev.waitingroom.application.port.in;

public interface ReadUserLogUseCase {

    ReadUserLogResult read(ReadUserLogQuery query);
}
