package dev.waitingroom.application.port.in;

public interface EnterQueueUseCase {

    EnterQueueResult enter(EnterQueueCommand command);
}
