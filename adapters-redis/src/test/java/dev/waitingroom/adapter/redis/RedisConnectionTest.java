package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.WaitingToken;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reaching Redis, and failing fast when it cannot be reached. The preemptive timeouts below are hang
 * detectors, ten times the command timeout, not speed measurements.
 */
class RedisConnectionTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration NO_HANG = Duration.ofSeconds(10);
    private static final String PASSWORD = "s3cret-Pa55";

    @Test
    void aPasswordInTheUrlIsUsed() {
        try (RedisServerFixture redis = RedisServerFixture.startWithPassword(PASSWORD);
             RedisConnection connection = RedisConnection.open(redis.url(), COMMAND_TIMEOUT)) {
            RedisEventCatalogue catalogue = new RedisEventCatalogue(connection);
            EventSettings settings = new EventSettings(EventId.of("guarded"), new QueuePolicy(2));
            catalogue.save(settings);

            assertThat(catalogue.find(settings.eventId())).contains(settings);
            assertThat(new RedisStoreHealth(connection).check()).isEqualTo(StoreCondition.READY);
        }
    }

    @Test
    void aWrongPasswordMakesTheStoreUnavailableWithoutRevealingThePassword() {
        try (RedisServerFixture redis = RedisServerFixture.startWithPassword(PASSWORD)) {
            String wrongUrl = redis.url().replace(PASSWORD, "not-the-Pa55word");

            assertThatThrownBy(() -> RedisConnection.open(wrongUrl, COMMAND_TIMEOUT))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("127.0.0.1")
                    .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain("not-the-Pa55word").doesNotContain(PASSWORD));
        }
    }

    @Test
    void aTlsUrlIsUnderstood() {
        RedisURI uri = RedisConnection.parse("rediss://:tls-secret@cache.example.com:6380/2", COMMAND_TIMEOUT);

        assertThat(uri.isSsl()).isTrue();
        assertThat(uri.getHost()).isEqualTo("cache.example.com");
        assertThat(uri.getPort()).isEqualTo(6380);
        assertThat(uri.getDatabase()).isEqualTo(2);
        assertThat(uri.getCredentialsProvider().resolveCredentials().block().getPassword()).isEqualTo("tls-secret".toCharArray());
        assertThat(uri.getTimeout()).isEqualTo(COMMAND_TIMEOUT);
    }

    @Test
    void aUrlOfAnotherSchemeIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> RedisConnection.parse("http://:hidden@cache.example.com", COMMAND_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis://")
                .hasMessageNotContaining("hidden");
    }

    @Test
    void openingAgainstANothingFailsFast() {
        String nobodyListens = "redis://127.0.0.1:" + unusedPort();

        assertTimeoutPreemptively(NO_HANG, () ->
                assertThatThrownBy(() -> RedisConnection.open(nobodyListens, COMMAND_TIMEOUT))
                        .isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining("cannot connect to Redis at 127.0.0.1"));
    }

    @Test
    void aRedisThatStoppedMakesEveryOperationUnavailableAndNothingHangs() {
        RedisServerFixture redis = RedisServerFixture.startWithPassword(PASSWORD); // always a process we can stop
        try (RedisConnection connection = RedisConnection.open(redis.url(), COMMAND_TIMEOUT)) {
            RedisQueueStore store = new RedisQueueStore(connection, Duration.ofMinutes(1));
            RedisEventCatalogue catalogue = new RedisEventCatalogue(connection);
            RedisStoreHealth health = new RedisStoreHealth(connection);
            EventId event = EventId.of("doomed");
            catalogue.save(new EventSettings(event, QueuePolicy.DEFAULT));
            WaitingToken token = WaitingToken.issue(event, new SecureRandom());

            redis.close();

            assertTimeoutPreemptively(NO_HANG, () -> {
                assertThatThrownBy(() -> store.join(token, Optional.empty(), IdempotencyKey.of("k")))
                        .isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> store.status(token)).isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> store.leave(token)).isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> store.stats(event)).isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> catalogue.find(event)).isInstanceOf(StoreUnavailableException.class);
                assertThat(health.check()).isEqualTo(StoreCondition.UNREACHABLE);
            });
        } finally {
            redis.close();
        }
    }

    @Test
    void openingAgainstAServerThatNeverAnswersFailsWithinTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // accepts connections (the kernel does) but never says a word
            String url = "redis://127.0.0.1:" + silent.getLocalPort();

            assertTimeoutPreemptively(NO_HANG, () ->
                    assertThatThrownBy(() -> RedisConnection.open(url, COMMAND_TIMEOUT))
                            .isInstanceOf(StoreUnavailableException.class));
        }
    }

    @Test
    void aRedisThatStallsMakesTheStoreUnavailableUntilItAnswersAgain() {
        try (RedisServerFixture redis = RedisServerFixture.start();
             RedisConnection connection = RedisConnection.open(redis.url(), COMMAND_TIMEOUT);
             RedisConnection operator = RedisConnection.open(redis.url(), COMMAND_TIMEOUT)) {
            RedisQueueStore store = new RedisQueueStore(connection, Duration.ofMinutes(1));
            RedisStoreHealth health = new RedisStoreHealth(connection);
            EventId event = EventId.of("stalled");
            new RedisEventCatalogue(connection).save(new EventSettings(event, QueuePolicy.DEFAULT));

            // every client's commands wait for three seconds: longer than the one-second command timeout
            operator.call(commands -> commands.clientPause(3_000));

            assertTimeoutPreemptively(NO_HANG, () -> {
                assertThatThrownBy(() -> store.stats(event)).isInstanceOf(StoreUnavailableException.class);
                assertThat(health.check()).isEqualTo(StoreCondition.UNREACHABLE);
            });
            // once Redis answers again, the same connection serves again: nothing has to be reopened
            assertTimeoutPreemptively(NO_HANG, () -> {
                while (health.check() != StoreCondition.READY) {
                    Thread.sleep(100);
                }
            });
            assertThat(store.stats(event)).contains(new QueueStats(0, 0, 0));
            assertThat(new RedisEventCatalogue(connection).find(event)).contains(new EventSettings(event, QueuePolicy.DEFAULT));
        }
    }

    @Test
    void stringsTravelAsUtf8WithTheirExactLengths() {
        // Each argument's length is written before its bytes; a wrong count would desynchronise the connection.
        String[] texts = {"", "plain", "caf\u00e9", "\u5927\u962a", "\ud83c\udfab ticket", "\ud83c lone high surrogate"};
        try (RedisServerFixture redis = RedisServerFixture.start();
             RedisConnection connection = RedisConnection.open(redis.url(), COMMAND_TIMEOUT)) {
            for (String text : texts) {
                String key = "wr:{codec}:" + text;
                String ok = connection.call(commands -> commands.set(key, text));
                String read = connection.call(commands -> commands.get(key));
                Long bytes = connection.call(commands -> commands.strlen(key));

                assertThat(ok).isEqualTo("OK");
                assertThat(read).isEqualTo(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
                assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            }
            String pong = connection.call(commands -> commands.ping());
            assertThat(pong).isEqualTo("PONG");
        }
    }

    @Test
    void aCommandCancelledUnderItsCallerFailsAsARedisFailure() {
        AsyncCommand<String, String, String> cancelled = new AsyncCommand<>(
                new Command<>(CommandType.PING, new StatusOutput<>(StringCodec.UTF8)));
        cancelled.cancel(true);

        assertThatThrownBy(() -> RedisConnection.await(cancelled))
                .isInstanceOf(RedisException.class)
                .hasMessageContaining("cancelled");
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
