package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitingroom.adapter.redis.RedisServerProcess;
import dev.waitingroom.bootstrap.GatewayClient.Answer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway in front of a Redis that dies, freezes or comes back, under load. Each test owns its
 * redis-server process and signals it (SIGKILL, SIGSTOP, SIGCONT). The time bounds checked here are
 * the recovery promises of the README, measured with deadlines, not speed claims.
 */
class StoreOutageTest {

    private static final String ADMIN = "outage-test-admin";
    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(1);
    /** A request may wait for the Redis timeout, plus this much for the machine's scheduling, and no longer. */
    private static final Duration SLACK = Duration.ofSeconds(1);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    /** What the gateway logs when its breaker opens and closes (PrimaryBreakers). */
    private static final String BREAKER_OPENED = "circuit breaker open";
    private static final String BREAKER_CLOSED = "circuit breaker closed";

    private RedisServerProcess redis;
    private GatewayProcess gateway;
    private GatewayClient client;
    private String event;

    private void start(RedisServerProcess.Options options) {
        redis = RedisServerProcess.start(options);
        gateway = GatewayProcess.start(Map.of("WAITING_ROOM_ADMIN_TOKEN", ADMIN, "REDIS_URL", redis.url(),
                "REDIS_TIMEOUT_MS", Long.toString(REDIS_TIMEOUT.toMillis()), "SHUTDOWN_GRACE_SEC", "1"));
        client = new GatewayClient(gateway.port(), ADMIN);
        event = "outage-" + UUID.randomUUID();
        assertThat(client.configure(event, "{\"max_entries_per_user\":10000}").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aRedisKilledMidLoadAndRestartedLosesNoAcknowledgedJoinAndMakesNoneTwice() throws Exception {
        start(RedisServerProcess.Options.durable()); // appendfsync always: an acknowledged join is on disk
        ClientsThatRetry clients = new ClientsThatRetry(8);
        clients.start();

        clients.awaitAcknowledged(50);
        redis.kill();
        clients.awaitAnswer(503);
        Thread.sleep(1_500); // load keeps coming while Redis is down: the breaker opens
        redis.restart();
        long acknowledgedAtRestart = clients.acknowledgedKeys();
        clients.awaitAcknowledged(acknowledgedAtRestart + 50);
        List<Answer> answers = clients.stop();

        assertThat(answers).extracting(Answer::status).isSubsetOf(202, 409, 503);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::code).isSubsetOf("DUPLICATE_REQUEST");
        assertThat(answers).filteredOn(a -> a.status() == 503).isNotEmpty();
        assertNoHang(answers);
        assertThat(gateway.printed(BREAKER_OPENED)).as("the breaker opened").isTrue();
        await("the breaker to close", () -> gateway.printed(BREAKER_CLOSED));

        // every key that was retried until acknowledged has exactly one entry, with the token it was told
        Map<String, Set<String>> tokensByKey = clients.acknowledgedTokensByKey();
        assertThat(tokensByKey).allSatisfy((key, tokens) -> assertThat(tokens).as(key).hasSize(1));
        Set<Long> positions = new HashSet<>();
        for (Set<String> tokens : tokensByKey.values()) {
            JsonNode status = client.status(tokens.iterator().next());
            assertThat(status.path("status").asText()).as("an acknowledged join was lost: %s", status).isEqualTo("waiting");
            positions.add(status.path("position").asLong());
        }
        int entries = tokensByKey.size();
        assertThat(positions).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, entries).boxed().toList());
        JsonNode stats = client.stats(event);
        assertThat(stats.path("waiting").asLong()).as("entries made twice").isEqualTo(entries);
        assertThat(stats.path("joined_total").asLong()).isEqualTo(entries);
    }

    @Test
    void aFrozenRedisGets503sWithinTheTimeoutWithoutAPileUpAndServesWithinASecondOfThawing() throws Exception {
        start(RedisServerProcess.Options.IN_MEMORY);
        SteadyArrivals arrivals = new SteadyArrivals(100); // without the breaker, ~100 requests would wait at once
        arrivals.start();
        arrivals.awaitAnswer(202);

        redis.pause();
        long frozenAt = System.nanoTime();
        // The requests of the first second wait for the Redis timeout: nothing can tell sooner that Redis
        // is gone. Once the breaker has opened and those have timed out, nothing may pile up any more.
        await("the breaker to open", () -> gateway.printed(BREAKER_OPENED));
        Duration toOpen = Duration.ofNanos(System.nanoTime() - frozenAt);
        Thread.sleep(REDIS_TIMEOUT.toMillis());
        arrivals.resetPeak();
        Thread.sleep(Math.max(0, Duration.ofSeconds(5).minus(toOpen).minus(REDIS_TIMEOUT).toMillis()));
        int peakWhileOpen = arrivals.peakInFlight();
        redis.resume();
        long thawedAt = System.nanoTime();
        Answer firstServed = arrivals.awaitAnswerStartedAfter(thawedAt, 202);
        List<Answer> answers = arrivals.stop();

        assertThat(answers).extracting(Answer::status).containsOnly(202, 503);
        assertNoHang(answers);
        assertThat(answers).filteredOn(a -> a.startedNanos() > frozenAt && a.startedNanos() + a.tookNanos() < thawedAt)
                .as("answers while Redis was frozen").isNotEmpty().extracting(Answer::status).containsOnly(503);
        assertThat(toOpen).as("from SIGSTOP to the breaker opening").isLessThanOrEqualTo(REDIS_TIMEOUT.plus(SLACK));
        assertThat(peakWhileOpen).as("requests waiting at once, after the breaker had opened and the first ones timed out")
                .isLessThanOrEqualTo(25);
        long recovery = firstServed.startedNanos() + firstServed.tookNanos() - thawedAt;
        assertThat(Duration.ofNanos(recovery)).as("from SIGCONT to the first join served").isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void joinsWorkAgainWithinTwoSecondsOfARestartAfterTenSecondsDown() throws Exception {
        start(RedisServerProcess.Options.durable()); // the event must survive the restart
        SteadyArrivals arrivals = new SteadyArrivals(10);
        arrivals.start();
        arrivals.awaitAnswer(202);

        redis.kill();
        Thread.sleep(10_000);
        long restartedAt = System.nanoTime(); // before the restart: its start-up counts against the promise
        redis.restart();
        Answer firstServed = arrivals.awaitAnswerStartedAfter(restartedAt, 202);
        List<Answer> answers = arrivals.stop();

        assertThat(answers).extracting(Answer::status).containsOnly(202, 503);
        long recovery = firstServed.startedNanos() + firstServed.tookNanos() - restartedAt;
        assertThat(Duration.ofNanos(recovery)).as("from the restart to the first join served").isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aJoinAnswered503MayStillHaveJoinedAndItsRetryGetsTheSamePlace() throws Exception {
        start(RedisServerProcess.Options.IN_MEMORY);
        // an earlier join has loaded the script into Redis, as on any gateway that has served a while
        assertThat(client.join(event, "bob", "bob-only-try").status()).isEqualTo(202);
        redis.pause();
        Answer lost = client.join(event, "ann", "ann-first-try");
        redis.resume();

        assertThat(lost.status()).as("the answer Redis could not give in time").isEqualTo(503);
        Answer retry = retryUntilAnswered("ann", "ann-first-try");
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.code()).isEqualTo("DUPLICATE_REQUEST");
        assertThat(client.status(retry.token()).path("position").asLong()).isEqualTo(2);
        assertThat(client.stats(event).path("waiting").asLong()).isEqualTo(2);
    }

    @Test
    void seatRoutesMeetingAFrozenRedisAnswer503WithRetryAfterNeverA500() throws Exception {
        start(RedisServerProcess.Options.IN_MEMORY);
        assertThat(client.configure(event, "{\"paused\":false,\"seats\":[\"A1\",\"A2\"]}").status()).isEqualTo(200);
        String token = client.join(event, "ann", "ann-key").token();
        await("ann admitted", () -> client.status(token).path("status").asText().equals("ready"));
        String pass = client.enter(token);
        // a first hold has loaded the script into Redis, as on any gateway that has served a while
        HttpResponse<String> held = client.withPass("POST", "/api/v1/reservations", pass,
                "{\"event_id\":\"" + event + "\",\"seat_ids\":[\"A1\"]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        String reservation = "/api/v1/reservations/" + new ObjectMapper().readTree(held.body()).path("reservation_id").asText();

        redis.pause();
        List<HttpResponse<String>> answers;
        try {
            answers = List.of(
                    client.withPass("POST", "/api/v1/reservations", pass, "{\"event_id\":\"" + event + "\",\"seat_ids\":[\"A2\"]}"),
                    client.withPass("GET", reservation, pass, null),
                    client.withPass("POST", reservation + "/confirm", pass, null),
                    client.withPass("POST", reservation + "/cancel", pass, null),
                    client.withPass("GET", "/api/v1/events/" + event + "/seats", pass, null));
        } finally {
            redis.resume();
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.body()).contains("STORE_UNAVAILABLE");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        });
        await("the reservation readable again", () -> readStatus(reservation, pass).equals("HOLD"));
    }

    private String readStatus(String reservation, String pass) {
        try {
            HttpResponse<String> read = client.withPass("GET", reservation, pass, null);
            return read.statusCode() == 200 ? new ObjectMapper().readTree(read.body()).path("status").asText() : "";
        } catch (Exception e) {
            return "";
        }
    }

    private Answer retryUntilAnswered(String user, String key) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Answer answer = client.join(event, user, key);
        while (answer.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            answer = client.join(event, user, key);
        }
        return answer;
    }

    private static void assertNoHang(List<Answer> answers) {
        long limit = REDIS_TIMEOUT.plus(SLACK).toNanos();
        assertThat(answers).filteredOn(a -> a.tookNanos() > limit)
                .as("requests that took longer than the Redis timeout plus %s", SLACK).isEmpty();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Clients in a closed loop that do what the README tells them: after a 503 or no answer, send the
     * same join again with the same key, until it is acknowledged (202, or 409 with its token).
     */
    private final class ClientsThatRetry {
        private final int clients;
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final Map<String, Set<String>> tokensByKey = new java.util.concurrent.ConcurrentHashMap<>();

        ClientsThatRetry(int clients) {
            this.clients = clients;
        }

        void start() {
            for (int c = 0; c < clients; c++) {
                int id = c;
                threads.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        String key = "client-" + id + "-join-" + i;
                        Answer answer = client.join(event, "user-" + id, key);
                        answers.add(answer);
                        while (answer.status() == 503 || answer.status() == 0) {
                            Thread.sleep(20); // a real client waits Retry-After; a short pause keeps the test quick
                            answer = client.join(event, "user-" + id, key);
                            answers.add(answer);
                        }
                        if (answer.acknowledged()) {
                            tokensByKey.computeIfAbsent(key, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(answer.token());
                        }
                    }
                    return null;
                });
            }
        }

        long acknowledgedKeys() {
            return tokensByKey.size();
        }

        void awaitAcknowledged(long keys) throws InterruptedException {
            await(keys + " acknowledged joins", () -> tokensByKey.size() >= keys);
        }

        void awaitAnswer(int status) throws InterruptedException {
            await("an answer " + status, () -> answers.stream().anyMatch(a -> a.status() == status));
        }

        Map<String, Set<String>> acknowledgedTokensByKey() {
            return tokensByKey;
        }

        /** Stops taking new keys; a key being retried is retried until acknowledged. */
        List<Answer> stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("clients finished").isTrue();
            return new ArrayList<>(answers);
        }
    }

    /** Joins arriving at a steady rate whatever happens to earlier ones (an open loop), each with a new key. */
    private final class SteadyArrivals {
        private final int perSecond;
        private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();
        private Thread pacer;

        SteadyArrivals(int perSecond) {
            this.perSecond = perSecond;
        }

        void start() {
            pacer = Thread.ofPlatform().name("steady-arrivals").start(() -> {
                long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
                long next = System.nanoTime();
                for (int i = 0; running.get(); i++) {
                    String key = "arrival-" + i;
                    threads.submit(() -> {
                        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        try {
                            answers.add(client.join(event, "user-" + key, key));
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    });
                    next += interval;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
            });
        }

        void resetPeak() {
            peak.set(inFlight.get());
        }

        int peakInFlight() {
            return peak.get();
        }

        void awaitAnswer(int status) throws InterruptedException {
            await("an answer " + status, () -> answers.stream().anyMatch(a -> a.status() == status));
        }

        /** The first answer with {@code status} to a request sent after {@code nanos}, once it has come. */
        Answer awaitAnswerStartedAfter(long nanos, int status) throws InterruptedException {
            await("an answer " + status + " after the event", () -> firstAfter(nanos, status).isPresent());
            return firstAfter(nanos, status).orElseThrow();
        }

        private Optional<Answer> firstAfter(long nanos, int status) {
            return answers.stream().filter(a -> a.startedNanos() >= nanos && a.status() == status)
                    .min((a, b) -> Long.compare(a.startedNanos() + a.tookNanos(), b.startedNanos() + b.tookNanos()));
        }

        List<Answer> stop() throws InterruptedException {
            running.set(false);
            pacer.join();
            threads.shutdown();
            assertThat(threads.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("requests finished").isTrue();
            return new ArrayList<>(answers);
        }
    }
}
