package dev.waitingroom.bootstrap;

import dev.waitingroom.bootstrap.flags.OpenFeatureFlags;
import dev.waitingroom.bootstrap.flags.StoreFlagProvider;
import dev.waitingroom.bootstrap.metrics.MeteredStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feature flags: stored in the store every instance shares, read into this instance every second, and
 * evaluated through OpenFeature with the project's provider.
 */
@Configuration(proxyBeanMethods = false)
class FlagConfiguration {

    /** Read (and, where the store holds nothing yet, seeded with the FEATURE_* values) before the first request. */
    @Bean
    StoreFlagProvider flagProvider(MeteredStore store, Settings settings) {
        StoreFlagProvider provider = new StoreFlagProvider(store.flagStore(), settings.startingFlags());
        provider.start();
        return provider;
    }

    @Bean(destroyMethod = "close")
    OpenFeatureFlags featureFlags(StoreFlagProvider provider) {
        return new OpenFeatureFlags(provider);
    }
}
