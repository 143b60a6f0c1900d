package dev.waitingroom.bootstrap.architecture.sample.bootstrap;

import dev.waitingroom.bootstrap.architecture.sample.adapter.http.TicketRoutes;
import dev.waitingroom.bootstrap.architecture.sample.adapter.redis.RedisTicketStore;

/** The composition root may wire anything, OpenFeature included. */
public record SampleWiring(TicketRoutes routes, RedisTicketStore store, dev.openfeature.sdk.OpenFeatureAPI flags) {
}
