package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a small real HTTP server: what it sends, and that it counts every answer. */
class HttpTrafficTest {

    private HttpServer server;
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> bodies = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> statusQueries = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 202;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/queue/join", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                requests.incrementAndGet();
                byte[] answer = "{\"status\":\"waiting\"}".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(status, answer.length);
                out.write(answer);
            }
        });
        server.createContext("/api/v1/queue/status", exchange -> {
            try (OutputStream out = exchange.getResponseBody()) {
                statusQueries.add(exchange.getRequestURI().getRawQuery());
                byte[] answer = "{\"status\":\"waiting\"}".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(exchange.getRequestURI().getRawQuery().endsWith("4") ? 404 : 200, answer.length);
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
    }

    private HttpTraffic joins(String eventId, int connections) throws IOException {
        return new HttpTraffic(address(), new JoinRequests(address(), eventId), connections, new AtomicLong());
    }

    @Test
    void aConstantRateSendsEveryJoinOnceWithItsOwnKeyAndCountsEveryAnswer() throws Exception {
        try (HttpTraffic traffic = joins("show-1", 8)) {
            HttpTraffic.Result result = traffic.constantRate(500, Duration.ofSeconds(1), Duration.ofSeconds(10));

            assertThat(result.offered()).isEqualTo(500);
            assertThat(result.notSent()).isZero();
            assertThat(result.tally().total()).isEqualTo(500);
            assertThat(result.tally().answers()).isEqualTo("202=500");
        }
        assertThat(requests).hasValue(500);
        assertThat(idempotencyKeys).hasSize(500);
        assertThat(bodies).hasSize(500).allSatisfy(body -> assertThat(body).startsWith("{\"event_id\":\"show-1\",\"user_id\":\"u"));
    }

    @Test
    void aClosedLoopKeepsEveryConnectionBusyAndCountsOnlyAcceptedJoinsAsThroughput() throws Exception {
        status = 429;
        try (HttpTraffic traffic = joins("show-2", 4)) {
            HttpTraffic.Result result = traffic.closedLoop(Duration.ofMillis(500));

            assertThat(result.tally().total()).isPositive().isEqualTo(requests.get());
            assertThat(result.tally().succeeded()).isZero();
            assertThat(result.successesPerSecond()).isZero();
        }
        assertThat(idempotencyKeys).hasSize(requests.get());
    }

    @Test
    void joinsThatGetNoAnswerAreCountedAsSuchAndTheRunStillEnds() throws Exception {
        try (HttpTraffic traffic = joins("show-3", 2)) {
            server.stop(0); // the gateway goes away: every join from now on fails

            HttpTraffic.Result result = traffic.constantRate(100, Duration.ofSeconds(1), Duration.ofSeconds(2));

            assertThat(result.tally().succeeded()).isZero();
            assertThat(result.tally().total() + result.notSent()).isEqualTo(100);
            assertThat(result.tally().answers()).startsWith("no-answer=");
        }
    }

    @Test
    void statusCallsAskAboutEveryEntryInTurnAndCountOnlyTwoHundredsAsDone() throws Exception {
        AtomicLong turns = new AtomicLong();
        try (HttpTraffic traffic = new HttpTraffic(address(), new StatusRequests(address(), "show-4", 5), 1, turns)) {
            HttpTraffic.Result result = traffic.constantRate(10, Duration.ofSeconds(1), Duration.ofSeconds(10));

            assertThat(result.tally().total()).isEqualTo(10);
            assertThat(result.tally().answers()).as("entry 4 answers 404 here").isEqualTo("200=8 404=2");
            assertThat(result.tally().succeeded()).isEqualTo(8);
        }
        assertThat(statusQueries).hasSize(10).containsExactly(
                "token=show-4~0000000000000000000000", "token=show-4~0000000000000000000001", "token=show-4~0000000000000000000002",
                "token=show-4~0000000000000000000003", "token=show-4~0000000000000000000004",
                "token=show-4~0000000000000000000000", "token=show-4~0000000000000000000001", "token=show-4~0000000000000000000002",
                "token=show-4~0000000000000000000003", "token=show-4~0000000000000000000004");
        assertThat(turns).hasValue(10);
    }
}
