package dev.waitingroom.application.port.in;

public interface CheckReadinessUseCase {

    /** Whether the store answers, so a load balancer can route around an instance that cannot serve. */
    boolean isReady();
}
