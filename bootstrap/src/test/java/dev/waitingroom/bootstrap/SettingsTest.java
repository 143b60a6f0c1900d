package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.adapter.http.EntrySigningKey;
import dev.waitingroom.adapter.redis.BreakerSettings;
import dev.waitingroom.adapter.redis.Durability;
import dev.waitingroom.adapter.redis.RedisTarget;
import dev.waitingroom.bootstrap.logging.LogSettings;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    @Test
    void defaults() {
        Settings settings = Settings.fromEnvironment(Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.redis()).isEmpty();
        assertThat(settings.redisTimeout()).isEqualTo(Duration.ofMillis(1000));
        assertThat(settings.adminToken()).isEmpty();
        assertThat(settings.idempotencyTtl()).isEqualTo(Duration.ofSeconds(86_400));
        assertThat(settings.maxBodyBytes()).isEqualTo(16_384);
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.requestReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.maxConnections()).isEqualTo(10_000);
        assertThat(settings.breaker()).isEqualTo(BreakerSettings.DEFAULT);
        assertThat(settings.logs()).isEqualTo(new LogSettings(LogSettings.Format.TEXT, true));
        assertThat(settings.admissionStep()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.holdExpiry()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.seatMapMaxAge()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.expiredTokenTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.signingKey()).isEmpty();
        assertThat(settings.entryPassIssuer()).isEqualTo("waiting-room");
        assertThat(settings.startingFlags()).isEqualTo(Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.OFF));
    }

    @Test
    void everyVariableIsRead() {
        EntrySigningKey key = EntrySigningKey.generate();
        Settings settings = Settings.fromEnvironment(Map.ofEntries(
                Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"), Map.entry("REDIS_URL", "redis://:pw@localhost:7000/0"),
                Map.entry("REDIS_TIMEOUT_MS", "250"), Map.entry("WAITING_ROOM_ADMIN_TOKEN", "s3cret"),
                Map.entry("IDEMPOTENCY_TTL_SEC", "60"), Map.entry("MAX_BODY_BYTES", "1024"), Map.entry("SHUTDOWN_GRACE_SEC", "0"),
                Map.entry("REQUEST_READ_TIMEOUT_MS", "1500"), Map.entry("MAX_CONNECTIONS", "64"),
                Map.entry("LOG_FORMAT", "json"), Map.entry("ACCESS_LOG", "off"), Map.entry("ADMISSION_STEP_MS", "250"),
                Map.entry("HOLD_EXPIRY_MS", "750"), Map.entry("EXPIRED_TOKEN_TTL_SEC", "3600"),
                Map.entry("WAITING_ROOM_SIGNING_KEY", key.serialized()),
                Map.entry("ENTRY_PASS_ISSUER", "https://tickets.example/waiting-room"), Map.entry("SEAT_MAP_MAX_AGE_MS", "0"),
                Map.entry("FEATURE_STREAMS_QUEUE", "25%"), Map.entry("FEATURE_LUA_ATOMIC", "true"),
                Map.entry("FEATURE_COMPOSITE_SCORE", "true")));

        assertThat(settings).isEqualTo(new Settings(0, "127.0.0.1", Optional.of(new RedisTarget.Server("redis://:pw@localhost:7000/0")),
                Duration.ofMillis(250), Durability.LOCAL, Optional.of("s3cret"), Duration.ofSeconds(60), 1024, Duration.ZERO,
                Duration.ofMillis(1500), 64, BreakerSettings.DEFAULT, new LogSettings(LogSettings.Format.JSON, false),
                Duration.ofMillis(250), Duration.ofMillis(750), Duration.ofHours(1), Optional.of(key),
                "https://tickets.example/waiting-room", Duration.ZERO, Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(25))));
        assertThat(settings.http().seatMapMaxAge()).isZero();
        assertThat(settings.http().requestReadTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.http().maxConnections()).isEqualTo(64);
        assertThat(settings.toString()).contains(", logs=json, access log off")
                .contains(", admissionStep=250ms, holdExpiry=750ms, expiredTokenTtl=3600s")
                .endsWith(", signingKey=set (kid " + key.kid() + "), entryPassIssuer=https://tickets.example/waiting-room, seatMapMaxAge=0ms"
                        + ", startingFlags=[streams_queue=25%]");
    }

    @Test
    void theSigningKeyIsReadAsPemToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";

        Settings settings = Settings.fromEnvironment(Map.of("WAITING_ROOM_SIGNING_KEY", pem));
        Settings fromEnvFile = Settings.fromEnvironment(Map.of("WAITING_ROOM_SIGNING_KEY", pem.replace("\n", "\\n")));

        assertThat(settings.signingKey()).isPresent();
        assertThat(fromEnvFile.signingKey()).isEqualTo(settings.signingKey());
    }

    @Test
    void withoutASigningKeyTheLoggedSettingsSayWhoGeneratesIt() {
        assertThat(Settings.fromEnvironment(Map.of()).toString()).contains("signingKey=generated in memory");
        assertThat(Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:6379")).toString())
                .contains("signingKey=generated, shared through Redis");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not-a-key-but-a-secret-word",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAmEp1gufM0kI/OIIbxLTMOUf0hyQ4vxUJTzAfnL2zyigKEOPn\n-----END RSA PRIVATE KEY-----",
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"goN_HcelSlMli6XS8qyiJgLJIboiXuo-Xo9Ps9VlA5U\"}",
            "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgSECRETSECRET"})
    void aMalformedSigningKeyIsRefusedNamingTheVariableWithoutQuotingTheKey(String text) {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("WAITING_ROOM_SIGNING_KEY", text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("WAITING_ROOM_SIGNING_KEY")
                .hasMessageNotContaining("secret-word")
                .hasMessageNotContaining("MIIEowIBAAKCAQEA")
                .hasMessageNotContaining("goN_HcelSlMli6XS")
                .hasMessageNotContaining("SECRETSECRET");
    }

    @Test
    void theEntryPassIssuerIsOneToTwoHundredPrintableCharacters() {
        assertThat(Settings.fromEnvironment(Map.of("ENTRY_PASS_ISSUER", "x".repeat(200))).entryPassIssuer()).hasSize(200);
        assertThat(Settings.fromEnvironment(Map.of("ENTRY_PASS_ISSUER", " gateway eu-1 ")).entryPassIssuer()).isEqualTo("gateway eu-1");
        for (String bad : new String[] {"x".repeat(201), "tab\there", "caf\u00e9", "bell\u0007"}) {
            assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("ENTRY_PASS_ISSUER", bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("ENTRY_PASS_ISSUER");
        }
    }

    @ParameterizedTest
    @CsvSource({"false, false", "true, true", "' 10% ', 10%", "0%, 0%", "100%, true"})
    void aFlagsVariableGivesItsStartingValue(String value, String rollout) {
        assertThat(Settings.fromEnvironment(Map.of("FEATURE_STREAMS_QUEUE", value)).startingFlags())
                .isEqualTo(Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.parse(rollout).orElseThrow()));
    }

    @ParameterizedTest
    @CsvSource({"FEATURE_LUA_ATOMIC, non-atomic path", "FEATURE_COMPOSITE_SCORE, no other score"})
    void theRetiredFlagsAreTrueAnywayAndFalseStopsTheStartSayingWhy(String name, String why) {
        assertThat(Settings.fromEnvironment(Map.of(name, "true")).startingFlags()).containsOnlyKeys(FeatureFlag.STREAMS_QUEUE);
        assertThat(Settings.fromEnvironment(Map.of(name, " ")).startingFlags()).as("blank is unset")
                .containsOnlyKeys(FeatureFlag.STREAMS_QUEUE);

        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of(name, "false")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name + "=false cannot be honoured")
                .hasMessageContaining(why)
                .hasMessageContaining("Remove the variable or set it to true");
    }

    @Test
    void theBreakerIsTunedByItsOwnVariables() {
        Settings settings = Settings.fromEnvironment(Map.of("BREAKER_FAILURE_RATE_PERCENT", "30",
                "BREAKER_WINDOW_CALLS", "100", "BREAKER_MINIMUM_CALLS", "40", "BREAKER_OPEN_MS", "2000",
                "BREAKER_HALF_OPEN_PROBES", "5"));

        assertThat(settings.breaker()).isEqualTo(new BreakerSettings(30, 100, 40, Duration.ofSeconds(2), 5));
        assertThat(settings.toString()).contains("breaker=30% of 100 calls (at least 40) opens it for 2000ms, 5 probes");
    }

    @Test
    void theLogFormatIsReadWhicheverCaseItIsWrittenIn() {
        assertThat(Settings.fromEnvironment(Map.of("LOG_FORMAT", "JSON")).logs().format()).isEqualTo(LogSettings.Format.JSON);
        assertThat(Settings.fromEnvironment(Map.of("LOG_FORMAT", " text ")).logs().format()).isEqualTo(LogSettings.Format.TEXT);
    }

    @Test
    void aSmallBreakerWindowLowersTheDefaultMinimum() {
        assertThat(Settings.fromEnvironment(Map.of("BREAKER_WINDOW_CALLS", "10")).breaker().minimumCalls()).isEqualTo(10);
    }

    @Test
    void blankVariablesCountAsUnset() {
        Settings settings = Settings.fromEnvironment(Map.of("REDIS_URL", " ", "WAITING_ROOM_ADMIN_TOKEN", "", "PORT", ""));

        assertThat(settings.redis()).isEmpty();
        assertThat(settings.adminToken()).isEmpty();
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void aClusterIsGivenByItsNodesWithItsOwnPasswordAndTls() {
        Settings settings = Settings.fromEnvironment(Map.of("REDIS_CLUSTER_NODES", " 10.0.0.1:7000, redis-b.internal:7001 ,[::1]:7002",
                "REDIS_PASSWORD", "hunter2", "REDIS_TLS", "true", "REDIS_DURABILITY", "replica"));

        assertThat(settings.redis()).contains(new RedisTarget.Cluster(
                List.of("10.0.0.1:7000", "redis-b.internal:7001", "[::1]:7002"), Optional.of("hunter2"), true));
        assertThat(settings.durability()).isEqualTo(Durability.replica(Duration.ofMillis(250)));
        assertThat(settings.toString()).contains("store=redis the cluster of 10.0.0.1:7000,redis-b.internal:7001,[::1]:7002 (TLS)"
                + " with password").doesNotContain("hunter2").contains("durability=replica (waits up to 250ms");
    }

    @Test
    void sentinelIsAUrlNamingThePrimary() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "REDIS_URL", "redis-sentinel://:hunter2@10.0.0.1:26379,10.0.0.2:26379#waiting-room"));

        assertThat(settings.redis()).contains(new RedisTarget.Server("redis-sentinel://:hunter2@10.0.0.1:26379,10.0.0.2:26379#waiting-room"));
        assertThat(settings.durability()).isEqualTo(Durability.LOCAL);
        assertThat(settings.toString()).contains("redis-sentinel://:***@10.0.0.1:26379").doesNotContain("hunter2");
    }

    @Test
    void theReplicaWaitIsShorterThanTheRedisTimeout() {
        assertThat(Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:7000", "REDIS_TIMEOUT_MS", "300",
                "REDIS_DURABILITY", "replica")).durability()).isEqualTo(Durability.replica(Duration.ofMillis(150)));
        assertThat(Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:7000", "REDIS_DURABILITY", "replica",
                "REDIS_REPLICA_WAIT_MS", "40")).durability()).isEqualTo(Durability.replica(Duration.ofMillis(40)));
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:7000",
                "REDIS_DURABILITY", "replica", "REDIS_REPLICA_WAIT_MS", "1000")))
                .hasMessageStartingWith("REDIS_REPLICA_WAIT_MS must be between 1 and 999");
    }

    @Test
    void aUrlAndClusterNodesTogetherAreRefused() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:7000",
                "REDIS_CLUSTER_NODES", "localhost:7001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("REDIS_URL and REDIS_CLUSTER_NODES are both set");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("REDIS_URL", "redis://localhost:7000", "REDIS_TLS", "true")))
                .hasMessageStartingWith("REDIS_TLS applies to REDIS_CLUSTER_NODES only");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("REDIS_CLUSTER_NODES", "localhost:7001", "REDIS_TLS", "yes")))
                .hasMessageStartingWith("REDIS_TLS must be true or false");
    }

    @ParameterizedTest
    @CsvSource({
            "PORT, eighty", "PORT, -1", "PORT, 65536", "REDIS_TIMEOUT_MS, 0", "IDEMPOTENCY_TTL_SEC, 0",
            "MAX_BODY_BYTES, 0", "MAX_BODY_BYTES, 99999999999", "SHUTDOWN_GRACE_SEC, -5", "REDIS_URL, http://localhost:6379",
            "REDIS_URL, redis-sentinel://localhost:26379", "REDIS_URL, redis-sentinel://localhost:26379#",
            "REDIS_CLUSTER_NODES, localhost", "REDIS_CLUSTER_NODES, localhost:0", "REDIS_CLUSTER_NODES, localhost:70000",
            "REDIS_CLUSTER_NODES, 'a:7000,,b:7001'", "REDIS_CLUSTER_NODES, redis://a:7000", "REDIS_CLUSTER_NODES, :7000",
            "REDIS_DURABILITY, quorum", "REDIS_DURABILITY, replica", "REDIS_PASSWORD, secret", "REDIS_TLS, true",
            "REDIS_REPLICA_WAIT_MS, 100",
            "BREAKER_FAILURE_RATE_PERCENT, 0", "BREAKER_FAILURE_RATE_PERCENT, 101", "BREAKER_WINDOW_CALLS, 0",
            "BREAKER_MINIMUM_CALLS, 51", "BREAKER_OPEN_MS, 0", "BREAKER_HALF_OPEN_PROBES, 0",
            "REQUEST_READ_TIMEOUT_MS, 0", "REQUEST_READ_TIMEOUT_MS, 9", "REQUEST_READ_TIMEOUT_MS, 600001",
            "REQUEST_READ_TIMEOUT_MS, soon", "MAX_CONNECTIONS, 0", "MAX_CONNECTIONS, 1000001", "MAX_CONNECTIONS, many",
            "LOG_FORMAT, xml", "LOG_FORMAT, logfmt", "ACCESS_LOG, maybe", "ACCESS_LOG, true",
            "ADMISSION_STEP_MS, 9", "ADMISSION_STEP_MS, 10001", "ADMISSION_STEP_MS, fast", "HOLD_EXPIRY_MS, 9",
            "HOLD_EXPIRY_MS, 10001", "HOLD_EXPIRY_MS, soon", "SEAT_MAP_MAX_AGE_MS, -1", "SEAT_MAP_MAX_AGE_MS, 60001", "EXPIRED_TOKEN_TTL_SEC, 59",
            "EXPIRED_TOKEN_TTL_SEC, 2592001", "FEATURE_STREAMS_QUEUE, maybe", "FEATURE_STREAMS_QUEUE, 25",
            "FEATURE_STREAMS_QUEUE, 101%", "FEATURE_STREAMS_QUEUE, TRUE", "FEATURE_STREAMS_QUEUE, -5%",
            "FEATURE_LUA_ATOMIC, yes", "FEATURE_LUA_ATOMIC, 1", "FEATURE_COMPOSITE_SCORE, off", "FEATURE_COMPOSITE_SCORE, 50%"})
    void aBadValueIsRefusedNamingTheVariable(String name, String value) {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name);
    }

    @ParameterizedTest
    @CsvSource({
            "redis://:hunter2@redis.internal:6379/0, redis://:***@redis.internal:6379/0",
            "redis://app:hunter2@redis.internal:6379, redis://app:***@redis.internal:6379",
            "rediss://hunter2@redis.internal, rediss://***@redis.internal",
            "redis://redis.internal:6379?password=hunter2&timeout=1s, redis://redis.internal:6379?password=***&timeout=1s",
            "redis://redis.internal:6379, redis://redis.internal:6379"})
    void theLoggedSettingsHideTheSecrets(String url, String masked) {
        EntrySigningKey key = EntrySigningKey.generate();
        String privatePart = key.serialized().replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");
        Settings settings = Settings.fromEnvironment(Map.of("REDIS_URL", url, "WAITING_ROOM_ADMIN_TOKEN", "top-secret-token",
                "WAITING_ROOM_SIGNING_KEY", key.serialized()));

        assertThat(privatePart).hasSizeGreaterThan(40);
        assertThat(settings.toString()).contains(masked).doesNotContain("hunter2").doesNotContain("top-secret-token")
                .doesNotContain(privatePart).contains("signingKey=set");
    }
}
