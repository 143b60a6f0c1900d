package dev.waitingroom.bootstrap.architecture.sample.bootstrap;

import dev.waitingroom.bootstrap.architecture.sample.adapter.http.TicketRoutes;
import dev.waitingroom.bootstrap.architecture.sample.adapter.redis.RedisTicketStore;

public record SampleWiring(TicketRoutes routes, RedisTicketStore store) {
}
