package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.redis.RedisConnection;
import dev.waitingroom.adapter.redis.RedisEventCatalogue;
import dev.waitingroom.adapter.redis.RedisQueueStore;
import dev.waitingroom.adapter.redis.RedisStoreHealth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store when REDIS_URL is set. The connection closes with the context, after the server stopped. */
@Configuration(proxyBeanMethods = false)
class RedisStoreConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnection redisConnection(Settings settings) {
        String url = settings.redisUrl().orElseThrow(() -> new IllegalStateException("REDIS_URL is not set"));
        return RedisConnection.open(url, settings.redisTimeout(), settings.breaker());
    }

    @Bean
    RedisEventCatalogue eventCatalogue(RedisConnection connection) {
        return new RedisEventCatalogue(connection);
    }

    @Bean
    RedisQueueStore queueStore(RedisConnection connection, Settings settings) {
        return new RedisQueueStore(connection, settings.idempotencyTtl());
    }

    @Bean
    RedisStoreHealth storeHealth(RedisConnection connection) {
        return new RedisStoreHealth(connection);
    }
}
