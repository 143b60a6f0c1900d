package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hold phase's traffic against a small real HTTP server that keeps seats as the contract says: every
 * person entered, held and confirmed once, a refused contended pick picked again, every answer counted.
 */
class PersonTrafficTest {

    private static final Pattern SEAT = Pattern.compile("\"(s\\d{5})\"");

    private HttpServer server;
    /** seat -> the bearer token holding it; guarded by itself */
    private final Map<String, String> seats = new HashMap<>();
    private final AtomicInteger reservations = new AtomicInteger();
    private final AtomicInteger confirms = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/queue/enter", exchange -> {
            String body = read(exchange);
            String ticket = body.substring(body.indexOf('~') + 1, body.lastIndexOf('"'));
            answer(exchange, 200, "{\"admission\":\"granted\",\"reservation_token\":\"tok-" + ticket + "\",\"ttl_sec\":600}");
        });
        server.createContext("/api/v1/reservations", exchange -> {
            String body = read(exchange);
            String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
            if (exchange.getRequestURI().getPath().endsWith("/confirm")) {
                confirms.incrementAndGet();
                answer(exchange, 200, "{\"status\":\"CONFIRMED\"}");
                return;
            }
            Matcher matcher = SEAT.matcher(body);
            List<String> asked = matcher.results().map(match -> match.group(1)).toList();
            synchronized (seats) {
                if (asked.stream().anyMatch(seats::containsKey)) {
                    answer(exchange, 409, "{\"error\":{\"code\":\"SEAT_UNAVAILABLE\",\"message\":\"taken\"},\"unavailable_seats\":[]}");
                    return;
                }
                asked.forEach(seat -> seats.put(seat, token));
            }
            answer(exchange, 201, "{\"reservation_id\":\"r" + reservations.incrementAndGet() + "\",\"status\":\"HOLD\"}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void everyPersonEntersHoldsAndConfirmsOnceAndARefusedContendedPickIsPickedAgainFromTheirOwnSeats() throws Exception {
        InetSocketAddress gateway = new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
        List<SeatPicks.Pick> picks = SeatPicks.of(300, 0.5, 8, 300 * 4 + 8);
        List<AdmittedPerson> people = java.util.stream.IntStream.range(0, picks.size())
                .mapToObj(n -> new AdmittedPerson("show-1", n, picks.get(n))).toList();
        SeatRequests requests = new SeatRequests(gateway);

        try (PersonTraffic traffic = new PersonTraffic(gateway, 8)) {
            PersonTraffic.Result entered = traffic.run(people.stream().map(person -> person.enter(requests)).toList(), 200, Duration.ofSeconds(30));
            PersonTraffic.Result holds = traffic.run(people.stream().map(person -> person.hold(requests)).toList(), 201, Duration.ofSeconds(30));
            PersonTraffic.Result confirmed = traffic.run(people.stream().filter(AdmittedPerson::holds).map(person -> person.confirm(requests)).toList(),
                    200, Duration.ofSeconds(30));

            assertThat(entered.outcomes()).containsExactly(Map.entry("200", 300L));
            assertThat(people).allSatisfy(person -> assertThat(person.entered()).isTrue());

            long contended = people.stream().filter(person -> person.pick().contended()).count();
            long refused = holds.outcomes().getOrDefault("409 SEAT_UNAVAILABLE", 0L);
            assertThat(contended).isGreaterThan(100);
            assertThat(refused).as("8 hot seats cannot take every contended pick").isPositive().isLessThanOrEqualTo(contended);
            assertThat(holds.outcomes()).containsEntry("201", 300L).containsOnlyKeys("201", "409 SEAT_UNAVAILABLE");
            assertThat(holds.tally().total()).isEqualTo(300 + refused);
            assertThat(holds.unfinished()).isZero();
            assertThat(people).allSatisfy(person -> {
                assertThat(person.holds()).isTrue();
                assertThat(person.heldSeats()).isIn(person.pick().own(), person.pick().hot());
            });

            assertThat(confirmed.outcomes()).containsExactly(Map.entry("200", 300L));
            assertThat(confirms.get()).isEqualTo(300);
            assertThat(people).allSatisfy(person -> assertThat(person.confirmed()).isTrue());
            synchronized (seats) {
                long heldSeats = people.stream().mapToLong(person -> person.heldSeats().size()).sum();
                assertThat(seats).as("every seat the answers said was held, once").hasSize((int) heldSeats);
            }
        }
    }

    @Test
    void aServerThatIsGoneEndsEachTurnAsNoAnswerAndTheRunStillStops() throws Exception {
        InetSocketAddress gateway = new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
        List<AdmittedPerson> people = java.util.stream.IntStream.range(0, 20)
                .mapToObj(n -> new AdmittedPerson("show-1", n, new SeatPicks.Pick(List.of("s00001"), List.of()))).toList();

        try (PersonTraffic traffic = new PersonTraffic(gateway, 4)) {
            server.stop(0);
            PersonTraffic.Result entered = traffic.run(people.stream().map(person -> person.enter(new SeatRequests(gateway))).toList(),
                    200, Duration.ofSeconds(30));

            assertThat(entered.outcomes()).containsOnlyKeys("no-answer");
            assertThat(entered.tally().total()).isEqualTo(20);
            assertThat(people).noneSatisfy(person -> assertThat(person.entered()).isTrue());
        }
    }
}
