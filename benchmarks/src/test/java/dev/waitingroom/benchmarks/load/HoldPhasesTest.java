package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.adapter.redis.RedisSeatLedger;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.HoldOutcome;
import dev.waitingroom.domain.seat.ReservationId;
import dev.waitingroom.domain.seat.SeatSelection;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hold phases' parts as they run, on a few people: an event made ready through a gateway on Redis
 * (seats in batches, joined, admitted, entered), holds with a contended share and confirms through it that
 * the event's counters agree with, and the key the expiry phase counts open holds by, as the adapter writes it.
 */
class HoldPhasesTest {

    private static final Path JAR = Path.of(LoadSettings.DEFAULTS.get("gateway.jar"));
    private static final int LIMIT = 10_000;

    @TempDir
    Path logs;

    @Test
    void peopleMadeReadyThroughTheGatewayHoldAndConfirmAndTheCountersAgree() throws Exception {
        String token = "test-admin-token";
        int seats = EventSeats.PER_REQUEST + 100; // two admin PUTs
        try (LocalRedisServer redis = LocalRedisServer.start("/usr/bin/redis-server")) {
            RedisClient client = RedisClient.create(redis.url());
            try (StatefulRedisConnection<String, String> connection = client.connect();
                 StatefulRedisConnection<String, String> fill = client.connect()) {
                PipelinedJoins joins = new PipelinedJoins(fill, connection.sync().scriptLoad(JoinScript.source()),
                        new JoinScript.Options(Duration.ofDays(1).toMillis(), false));
                List<AdmittedPerson> sweep;
                try (GatewayProcess gateway = GatewayProcess.start(JAR, List.of("-Xmx256m"),
                        Map.of("WAITING_ROOM_ADMIN_TOKEN", token, "REDIS_URL", redis.url()), logs.resolve("gateway.log"))) {
                    GatewayAdmin admin = new GatewayAdmin(gateway.port(), token);
                    InetSocketAddress address = new InetSocketAddress("127.0.0.1", gateway.port());
                    HoldEvent events = new HoldEvent(admin, address, connection.sync(), joins, LIMIT, seats, 4);

                    List<AdmittedPerson> people = events.open("hold-test", 300, SeatPicks.of(40, 0.5, 6, seats));
                    SeatRequests requests = new SeatRequests(address);
                    try (PersonTraffic traffic = new PersonTraffic(address, 4)) {
                        PersonTraffic.Result holds = traffic.run(people.stream().map(person -> person.hold(requests)).toList(),
                                AdmittedPerson.HELD, Duration.ofSeconds(30));
                        PersonTraffic.Result confirms = traffic.run(people.stream().map(person -> person.confirm(requests)).toList(),
                                AdmittedPerson.CONFIRMED, Duration.ofSeconds(30));

                        assertThat(holds.outcomes()).containsEntry("201", 40L);
                        assertThat(holds.outcomes().keySet()).isSubsetOf("201", "409 SEAT_UNAVAILABLE");
                        assertThat(confirms.outcomes()).containsExactly(Map.entry("200", 40L));
                    }
                    long sold = people.stream().mapToLong(person -> person.heldSeats().size()).sum();
                    String stats = admin.stats("hold-test");
                    assertThat(JsonNumbers.count(stats, "seats_sold")).isEqualTo(sold);
                    assertThat(JsonNumbers.count(stats, "seats_held")).isZero();
                    assertThat(JsonNumbers.count(stats, "seats_available")).isEqualTo(seats - sold);

                    sweep = events.open("hold-sweep-test", 10, SeatPicks.of(2, 0, 4, seats));
                }

                try (RedisConnection adapter = RedisConnection.open(redis.url(), Duration.ofSeconds(5))) {
                    HoldOutcome held = new RedisSeatLedger(adapter).hold(EventId.of("hold-sweep-test"), sweep.get(1).entryId(),
                            ReservationId.issue(new SecureRandom()), new SeatSelection(sweep.get(1).pick().own().stream()
                                    .map(dev.waitingroom.domain.seat.SeatId::of).toList()));

                    assertThat(held).as("a pass the gateway kept lets the adapter hold").isInstanceOf(HoldOutcome.Held.class);
                    assertThat(connection.sync().zcard(HoldExpiryPhase.openHoldsKey("hold-sweep-test"))).isEqualTo(1);
                }
            } finally {
                client.shutdown();
            }
        }
    }
}
