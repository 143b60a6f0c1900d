package dev.waitingroom.application.port.in;

public interface JoinQueueUseCase {

    JoinQueueResult join(JoinQueueCommand command);
}
