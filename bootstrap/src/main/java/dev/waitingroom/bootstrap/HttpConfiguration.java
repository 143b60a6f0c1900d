package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.WaitingRoomHttpServer;
import dev.waitingroom.adapter.http.WaitingRoomUseCases;
import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP server: started when the context is refreshed, stopped gracefully when it closes. */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    @Bean(destroyMethod = "stop")
    WaitingRoomHttpServer httpServer(Settings settings,
                                     JoinQueueUseCase joinQueue,
                                     QueueStatusUseCase queueStatus,
                                     LeaveQueueUseCase leaveQueue,
                                     ConfigureEventUseCase configureEvent,
                                     EventStatsUseCase eventStats,
                                     CheckReadinessUseCase readiness) {
        WaitingRoomUseCases useCases =
                new WaitingRoomUseCases(joinQueue, queueStatus, leaveQueue, configureEvent, eventStats, readiness);
        return new WaitingRoomHttpServer(useCases, settings.http()).start();
    }
}
