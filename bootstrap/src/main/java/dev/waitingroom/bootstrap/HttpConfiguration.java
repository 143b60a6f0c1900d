package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.EntrySigningKeys;
import dev.waitingroom.adapter.http.HttpMetrics;
import dev.waitingroom.adapter.http.WaitingRoomHttpServer;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP server: started when the context is refreshed, stopped gracefully when it closes. It publishes
 * the keys that sign entry passes, and verifies with them (and the issuer) the passes of reservation requests.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    @Bean(destroyMethod = "stop")
    WaitingRoomHttpServer httpServer(Settings settings, WaitingRoomUseCases useCases, HttpMetrics metrics,
                                     EntrySigningKeys signingKeys) {
        return new WaitingRoomHttpServer(useCases, settings.http(), metrics, signingKeys, settings.entryPassIssuer())
                .start();
    }
}
