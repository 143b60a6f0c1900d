package dev.waitingroom.bootstrap.flags;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.NoOpProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.port.FeatureFlags;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The flag port, evaluated through the OpenFeature API: the application never sees OpenFeature, and an operator
 * could put another provider behind the same evaluations. The provider is registered under a domain of this
 * running gateway alone, so that several gateways in one JVM (the tests start many) each ask their own store.
 * A flag that cannot be evaluated is off: a person without a log is the safe side.
 */
public final class OpenFeatureFlags implements FeatureFlags, AutoCloseable {

    private static final AtomicLong GATEWAYS = new AtomicLong();

    private final OpenFeatureAPI api;
    private final String domain;
    private final Client client;

    /** Registers the provider under a new domain and waits until it is ready. */
    public OpenFeatureFlags(FeatureProvider provider) {
        this.api = OpenFeatureAPI.getInstance();
        this.domain = "waiting-room-gateway-" + GATEWAYS.incrementAndGet();
        api.setProviderAndWait(domain, provider);
        this.client = api.getClient(domain);
    }

    /** The OpenFeature domain this gateway's flags are evaluated in. */
    public String domain() {
        return domain;
    }

    @Override
    public boolean isOn(FeatureFlag flag, String person) {
        return client.getBooleanValue(flag.flagName(), Boolean.FALSE, new ImmutableContext(person));
    }

    /** Lets go of the provider: the domain answers defaults from now on, and the provider can be collected. */
    @Override
    public void close() {
        api.setProviderAndWait(domain, new NoOpProvider());
    }
}
