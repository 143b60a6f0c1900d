package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.redis.RedisAdmissionStore;
import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.adapter.redis.RedisEventCatalogue;
import dev.waitingroom.adapter.redis.RedisFlagStore;
import dev.waitingroom.adapter.redis.RedisPersonLog;
import dev.waitingroom.adapter.redis.RedisQueueStore;
import dev.waitingroom.adapter.redis.RedisSeatLedger;
import dev.waitingroom.adapter.redis.RedisSigningKeyStore;
import dev.waitingroom.adapter.redis.RedisStoreHealth;
import dev.waitingroom.adapter.redis.RedisTarget;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store when REDIS_URL or REDIS_CLUSTER_NODES is set. The connection closes with the context, after the server stopped. */
@Configuration(proxyBeanMethods = false)
class RedisStoreConfiguration {

    /** The connection, with its circuit breakers' states and counts in the registry (resilience4j_circuitbreaker_*). */
    @Bean(destroyMethod = "close")
    RedisConnection redisConnection(Settings settings, MeterRegistry registry) {
        RedisTarget target = settings.redis().orElseThrow(() -> new IllegalStateException("no Redis is configured"));
        RedisConnection connection = RedisConnection.open(target, settings.redisTimeout(), settings.breaker(), settings.durability());
        // a Cluster's primaries get their breakers as they are first used, and their metrics then
        TaggedCircuitBreakerMetricsPublisher metrics = new TaggedCircuitBreakerMetricsPublisher(registry);
        connection.circuitBreakers().getEventPublisher().onEntryAdded(added -> metrics.publishMetrics(added.getAddedEntry()));
        connection.circuitBreakers().getAllCircuitBreakers().forEach(metrics::publishMetrics);
        return connection;
    }

    @Bean
    RedisEventCatalogue eventCatalogue(RedisConnection connection) {
        return new RedisEventCatalogue(connection);
    }

    @Bean
    RedisQueueStore queueStore(RedisConnection connection, Settings settings) {
        return new RedisQueueStore(connection, settings.idempotencyTtl(), settings.expiredTokenTtl());
    }

    @Bean
    RedisAdmissionStore admissionStore(RedisConnection connection, Settings settings) {
        return new RedisAdmissionStore(connection, RedisAdmissionStore.DEFAULT_BATCH, settings.expiredTokenTtl());
    }

    /**
     * Through the same connection, so its circuit breaker and timeout cover the seat scripts too. A window closed
     * by a confirm is remembered as "expired" as long as one that ended.
     */
    @Bean
    RedisSeatLedger seatLedger(RedisConnection connection, Settings settings) {
        return new RedisSeatLedger(connection, RedisSeatLedger.DEFAULT_BATCH, RedisSeatLedger.DEFAULT_FINISHED_MEMORY,
                settings.expiredTokenTtl());
    }

    @Bean
    RedisStoreHealth storeHealth(RedisConnection connection) {
        return new RedisStoreHealth(connection);
    }

    @Bean
    RedisSigningKeyStore signingKeyStore(RedisConnection connection) {
        return new RedisSigningKeyStore(connection);
    }

    /** Reads the person logs that the scripts append to (one stream per person and event, XRANGE with a COUNT). */
    @Bean
    RedisPersonLog personLog(RedisConnection connection) {
        return new RedisPersonLog(connection);
    }

    /** The flags of every instance in one hash, {@code wr:flags}. */
    @Bean
    RedisFlagStore flagStore(RedisConnection connection) {
        return new RedisFlagStore(connection);
    }
}
