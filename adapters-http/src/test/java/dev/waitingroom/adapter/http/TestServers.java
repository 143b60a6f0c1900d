package dev.waitingroom.adapter.http;

import dev.waitingroom.adapter.inmemory.InMemoryAdmissionStore;
import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryPersonLog;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.adapter.inmemory.InMemorySeatLedger;
import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.application.service.WaitingRoomServices;
import dev.waitingroom.domain.port.EntryPassIssuer;
import dev.waitingroom.domain.port.FeatureFlags;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.StoreCondition;
import dev.waitingroom.domain.port.StoreHealth;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Servers on a free loopback port, wired to the real use cases. */
final class TestServers {

    /** The key every test server signs with and publishes, so that its passes verify against its JWKS. */
    static final EntrySigningKeys SIGNING_KEYS = EntrySigningKeys.fixed(EntrySigningKey.generate());
    /** The {@code iss} of the test servers' passes: the one they accept on reservation requests. */
    static final String ISSUER = "waiting-room-test";
    static final EntryPassIssuer PASS_ISSUER = new JwtEntryPassIssuer(SIGNING_KEYS, ISSUER);

    private TestServers() {
    }

    static WaitingRoomUseCases inMemoryUseCases() {
        return inMemoryUseCases(Clock.systemUTC());
    }

    /** @param storeClock the in-memory store's clock (the store's own time, as Redis TIME is) */
    static WaitingRoomUseCases inMemoryUseCases(Clock storeClock) {
        return inMemoryUseCases(storeClock, Optional.empty(), () -> StoreCondition.READY);
    }

    /** Use cases whose person logs answer what the test scripted. */
    static WaitingRoomUseCases inMemoryUseCases(PersonLog personLog) {
        return inMemoryUseCases(Clock.systemUTC(), Optional.of(personLog), () -> StoreCondition.READY);
    }

    /** Use cases whose store's health is what the test says. */
    static WaitingRoomUseCases inMemoryUseCases(StoreHealth health) {
        return inMemoryUseCases(Clock.systemUTC(), Optional.empty(), health);
    }

    /** @param personLog empty reads the in-memory store's own logs */
    private static WaitingRoomUseCases inMemoryUseCases(Clock storeClock, Optional<PersonLog> personLog, StoreHealth health) {
        InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
        InMemoryQueueStore queues = new InMemoryQueueStore(catalogue, storeClock, Duration.ofHours(1));
        FlagStore flags = new InMemoryFlagStore();
        return WaitingRoomServices.over(new WaitingRoomServices.Ports(queues, new InMemoryAdmissionStore(catalogue, queues),
                catalogue, health, new InMemorySeatLedger(catalogue, queues), PASS_ISSUER,
                personLog.orElseGet(() -> new InMemoryPersonLog(queues)), flags, storedFlags(flags)));
    }

    /** The flags as the store holds them, with no cache between: a test sees a change at once. */
    static FeatureFlags storedFlags(FlagStore store) {
        return (flag, person) -> store.read().getOrDefault(flag, flag.byDefault()).includes(flag, person);
    }

    static WaitingRoomUseCases unavailableUseCases(Duration retryAfter) {
        UnavailableStore down = new UnavailableStore(retryAfter);
        return WaitingRoomServices.over(new WaitingRoomServices.Ports(down, down, down, down, down, PASS_ISSUER, down, down,
                (flag, person) -> false));
    }

    /** Seat maps read from the store for every request, so a test sees a change at once. */
    static HttpSettings settings(int maxBodyBytes, Optional<String> adminToken) {
        return new HttpSettings("127.0.0.1", 0, maxBodyBytes, adminToken, Duration.ofSeconds(5),
                HttpSettings.DEFAULT_REQUEST_READ_TIMEOUT, HttpSettings.DEFAULT_MAX_CONNECTIONS, Duration.ZERO);
    }

    /** Settings with a short request read timeout and a connection limit, for the edge tests. */
    static HttpSettings edgeSettings(Duration requestReadTimeout, int maxConnections) {
        return new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_BODY_BYTES, Optional.of(ApiClient.ADMIN_TOKEN),
                Duration.ofSeconds(5), requestReadTimeout, maxConnections, Duration.ZERO);
    }

    static WaitingRoomHttpServer start(WaitingRoomUseCases useCases) {
        return start(useCases, SIGNING_KEYS);
    }

    /** A server that publishes {@code signingKeys} at {@code /.well-known/jwks.json}. */
    static WaitingRoomHttpServer start(WaitingRoomUseCases useCases, EntrySigningKeys signingKeys) {
        return start(useCases, signingKeys, HttpSettings.DEFAULT_MAX_BODY_BYTES);
    }

    static WaitingRoomHttpServer start(WaitingRoomUseCases useCases, EntrySigningKeys signingKeys, int maxBodyBytes) {
        return new WaitingRoomHttpServer(useCases, settings(maxBodyBytes, Optional.of(ApiClient.ADMIN_TOKEN)),
                HttpMetrics.none(), signingKeys, ISSUER).start();
    }
}
