package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.http.ApiClient.Reply;
import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.domain.port.StoreCondition;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperationsApiTest {

    private WaitingRoomHttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServers.start(TestServers.inMemoryUseCases());
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void healthAndReadiness() {
        Reply health = api.get("/healthz");
        Reply ready = api.get("/readyz");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("up");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void aStoreThatLostItsDataIsNotReadyAndSaysWhy() {
        InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
        InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1));
        WaitingRoomHttpServer lost = TestServers.start(WaitingRoomServices.over(new WaitingRoomServices.Ports(queues,
                new InMemoryAdmissionStore(catalogue, queues), catalogue, () -> StoreCondition.DATA_LOST, TestServers.PASS_ISSUER)));
        try {
            Reply ready = new ApiClient(lost.port()).get("/readyz");

            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.errorCode()).isEqualTo("STORE_DATA_LOST");
            assertThat(ready.json().path("error").path("message").asText()).contains("lost its data");
            assertThat(ready.header("Retry-After")).isEqualTo("1");
        } finally {
            lost.stop();
        }
    }

    @Test
    void theOpenApiDescriptionCoversEveryRouteAndErrorCode() {
        Reply reply = api.get("/openapi.yaml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        String yaml = reply.raw().body();
        assertThat(yaml).startsWith("openapi: 3.1.0");
        assertThat(yaml).contains(
                "  " + QueueRoutes.JOIN + ":", "  " + QueueRoutes.STATUS + ":", "  " + QueueRoutes.LEAVE + ":",
                "  /api/v1/admin/events/{event_id}:", "  /api/v1/admin/events/{event_id}/stats:",
                "  " + OperationsRoutes.HEALTH + ":", "  " + OperationsRoutes.READY + ":", "  " + OperationsRoutes.OPENAPI + ":",
                "  " + OperationsRoutes.METRICS + ":");
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(yaml).as(code.name()).contains("        - " + code.name() + "\n");
        }
    }
}
