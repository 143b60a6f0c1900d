package dev.waitingroom.application.port.in;

public interface ChangeFlagUseCase {

    ChangeFlagResult change(ChangeFlagCommand command);
}
