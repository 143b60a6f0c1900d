package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.redis.RedisAdmissionStore;
import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.queue.EventId;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status and step phases as they run, on a few entries: the events configured through a gateway on
 * Redis with the phases' own settings, entries filled by pipelined join.lua, a status call through the
 * gateway that finds a filled entry where the fill put it, and the Redis adapter's step admitting the
 * filled entries once the gateway has stopped.
 */
class FillAndStepTest {

    private static final Path JAR = Path.of(LoadSettings.DEFAULTS.get("gateway.jar"));
    private static final int LIMIT = 10_000;

    @TempDir
    Path logs;

    @Test
    void filledEntriesAreTheGatewaysEntriesAndTheAdaptersStepAdmitsThem() throws Exception {
        String token = "test-admin-token";
        String stepEvent = AdmissionStepPhase.eventId(7, AdmissionStepPhase.Kind.BATCH);
        try (LocalRedisServer redis = LocalRedisServer.start("/usr/bin/redis-server")) {
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                PipelinedJoins joins = new PipelinedJoins(connection,
                        connection.sync().scriptLoad(JoinScript.source()), new JoinScript.Options(Duration.ofDays(1).toMillis(), false));
                try (GatewayProcess gateway = GatewayProcess.start(JAR, List.of("-Xmx256m"),
                        Map.of("WAITING_ROOM_ADMIN_TOKEN", token, "REDIS_URL", redis.url()), logs.resolve("gateway.log"))) {
                    GatewayAdmin admin = new GatewayAdmin(gateway.port(), token);
                    admin.configure(StatusPollPhase.EVENT, StatusPollPhase.eventSettings(LIMIT, 1000, true));
                    for (AdmissionStepPhase.Kind kind : AdmissionStepPhase.Kind.values()) {
                        admin.configure(AdmissionStepPhase.eventId(7, kind), AdmissionStepPhase.eventSettings(kind, LIMIT, 1000));
                    }

                    assertThat(joins.fill(StatusPollPhase.EVENT, 5)).satisfies(fill -> {
                        assertThat(fill.joined()).isEqualTo(5);
                        assertThat(fill.notJoined()).isZero();
                    });
                    InetSocketAddress address = new InetSocketAddress("127.0.0.1", gateway.port());
                    HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + gateway.port() + "/api/v1/queue/status?token="
                                    + new StatusRequests(address, StatusPollPhase.EVENT, 5).token(3))).build(),
                            HttpResponse.BodyHandlers.ofString());

                    assertThat(status.statusCode()).isEqualTo(200);
                    assertThat(status.body()).contains("\"status\":\"waiting\"").contains("\"position\":4");
                    assertThat(JsonNumbers.count(admin.stats(stepEvent), "waiting")).as("the gateway left it empty").isZero();
                }

                assertThat(joins.fill(stepEvent, 7).joined()).isEqualTo(7);
                try (RedisConnection adapter = RedisConnection.open(redis.url(), Duration.ofSeconds(5))) {
                    Optional<AdmissionStep> step = new RedisAdmissionStore(adapter).step(EventId.of(stepEvent));

                    assertThat(step).hasValueSatisfying(done -> {
                        assertThat(done.admitted()).isEqualTo(7);
                        assertThat(done.dropped()).isZero();
                        assertThat(done.waiting()).isZero();
                        assertThat(done.active()).isEqualTo(7);
                    });
                }
            } finally {
                client.shutdown();
            }
        }
    }
}
