package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.waitingroom.adapter.http.EntrySigningKey;
import dev.waitingroom.adapter.http.EntrySigningKeys;
import dev.waitingroom.adapter.inmemory.InMemorySigningKeyStore;
import dev.waitingroom.domain.admission.EntryPass;
import dev.waitingroom.domain.port.SigningKeyStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EntryPassConfigurationTest {

    private final EntryPassConfiguration configuration = new EntryPassConfiguration();
    private final CapturedLog logged = CapturedLog.of(EntryPassConfiguration.class);

    @AfterEach
    void releaseLogs() {
        logged.close();
    }

    private static Settings settings(Map<String, String> env) {
        return Settings.fromEnvironment(new HashMap<>(env));
    }

    @Test
    void theOperatorsKeySignsWithoutWarningAndTheStoreIsNeverAsked() throws Exception {
        EntrySigningKey key = EntrySigningKey.generate();
        AtomicBoolean asked = new AtomicBoolean();

        EntrySigningKeys keys = configuration.entrySigningKeys(
                settings(Map.of("WAITING_ROOM_SIGNING_KEY", key.serialized(), "ENTRY_PASS_ISSUER", "gateway-eu")),
                candidate -> {
                    asked.set(true);
                    return candidate;
                });
        String pass = configuration.entryPassIssuer(keys, settings(Map.of("ENTRY_PASS_ISSUER", "gateway-eu"))).issue(
                new EntryPass(EventId.of("show"), "entry", Optional.empty(), Instant.now(), Instant.now().plusSeconds(60), "p-1"));

        assertThat(keys.current()).isEqualTo(key);
        assertThat(asked).isFalse();
        assertThat(logged.warnings()).isEmpty();
        SignedJWT jwt = SignedJWT.parse(pass);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.kid());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("gateway-eu");
    }

    @Test
    void withoutAKeyTheInMemoryStoreGeneratesOneAtStartAndTheOperatorIsWarnedOnce() {
        AtomicInteger asked = new AtomicInteger();
        InMemorySigningKeyStore memory = new InMemorySigningKeyStore();

        EntrySigningKeys keys = configuration.entrySigningKeys(settings(Map.of()), candidate -> {
            asked.incrementAndGet();
            return memory.keepFirst(candidate);
        });

        assertThat(asked).as("resolved at start").hasValue(1);
        assertThat(keys.current().serialized()).isEqualTo(memory.keepFirst("other"));
        assertThat(logged.warnings()).singleElement().asString()
                .contains("WAITING_ROOM_SIGNING_KEY is not set", "generated in memory", "Production should set WAITING_ROOM_SIGNING_KEY");
    }

    @Test
    void withoutAKeyOnRedisTheWarningSaysTheKeyIsSharedThroughRedis() {
        configuration.entrySigningKeys(settings(Map.of("REDIS_URL", "redis://localhost:1")), new InMemorySigningKeyStore());

        assertThat(logged.warnings()).singleElement().asString()
                .contains("WAITING_ROOM_SIGNING_KEY is not set", "generated once and shared through Redis", "wr:signing-key");
    }

    @Test
    void aStoreThatDoesNotAnswerAtStartPostponesTheKeyToFirstUse() {
        AtomicBoolean down = new AtomicBoolean(true);
        InMemorySigningKeyStore memory = new InMemorySigningKeyStore();
        SigningKeyStore flaky = candidate -> {
            if (down.get()) {
                throw new StoreUnavailableException("Redis did not answer (test)", null);
            }
            return memory.keepFirst(candidate);
        };

        EntrySigningKeys keys = configuration.entrySigningKeys(settings(Map.of("REDIS_URL", "redis://localhost:1")), flaky);

        assertThat(logged.warnings()).hasSize(2);
        assertThat(logged.warnings().get(1)).contains("could not be read at start", "read on first use");
        assertThatThrownBy(keys::current).isInstanceOf(StoreUnavailableException.class);
        down.set(false);
        assertThat(keys.current().serialized()).isEqualTo(memory.keepFirst("other"));
    }

    @Test
    void aKeptValueThatIsNoKeyStopsTheStart() {
        assertThatThrownBy(() -> configuration.entrySigningKeys(settings(Map.of()), candidate -> "garbage"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the signing key the store keeps is not usable");
    }
}
