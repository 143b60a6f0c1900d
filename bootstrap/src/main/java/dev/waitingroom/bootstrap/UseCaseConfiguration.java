package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.CheckReadinessUseCase;
import dev.waitingroom.application.port.in.ConfigureEventUseCase;
import dev.waitingroom.application.port.in.EventStatsUseCase;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import dev.waitingroom.application.service.CheckReadinessService;
import dev.waitingroom.application.service.ConfigureEventService;
import dev.waitingroom.application.service.EventStatsService;
import dev.waitingroom.application.service.JoinQueueService;
import dev.waitingroom.application.service.LeaveQueueService;
import dev.waitingroom.application.service.QueueStatusService;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import java.security.SecureRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, over whichever store was configured. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    JoinQueueUseCase joinQueue(QueueStore store) {
        // waiting tokens must be unguessable
        return new JoinQueueService(store, new SecureRandom());
    }

    @Bean
    QueueStatusUseCase queueStatus(QueueStore store) {
        return new QueueStatusService(store);
    }

    @Bean
    LeaveQueueUseCase leaveQueue(QueueStore store) {
        return new LeaveQueueService(store);
    }

    @Bean
    ConfigureEventUseCase configureEvent(EventCatalogue catalogue) {
        return new ConfigureEventService(catalogue);
    }

    @Bean
    EventStatsUseCase eventStats(QueueStore store) {
        return new EventStatsService(store);
    }

    @Bean
    CheckReadinessUseCase readiness(QueueStore store) {
        return new CheckReadinessService(store);
    }
}
