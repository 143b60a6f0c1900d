package dev.waitingroom.application.port.in;

public interface CheckReadinessUseCase {

    /** Whether this instance can serve, so a load balancer can route around one that cannot. */
    Readiness check();
}
