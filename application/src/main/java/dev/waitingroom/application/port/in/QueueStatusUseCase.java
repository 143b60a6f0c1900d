package dev.waitingroom.application.port.in;

public interface QueueStatusUseCase {

    QueueStatus status(QueueStatusQuery query);
}
