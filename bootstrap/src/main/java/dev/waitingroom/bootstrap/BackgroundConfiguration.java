package dev.waitingroom.bootstrap;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs that run without a request. */
@Configuration(proxyBeanMethods = false)
class BackgroundConfiguration {

    /**
     * Watching the store every second notices (and logs, once) a Redis that lost its data even when no
     * load balancer is asking {@code /readyz}.
     */
    private static BackgroundWork.Job storeWatch(WaitingRoomUseCases useCases) {
        return new BackgroundWork.Job("store-watch", Duration.ofSeconds(1), Duration.ofMillis(200),
                () -> useCases.readiness().check());
    }

    @Bean
    BackgroundWork backgroundWork(WaitingRoomUseCases useCases) {
        return new BackgroundWork(List.of(storeWatch(useCases)));
    }
}
