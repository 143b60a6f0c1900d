package dev.waitingroom.bootstrap.architecture.sample.adapter.kafka;

import dev.waitingroom.bootstrap.architecture.sample.adapter.redis.RedisTicketStore;

/** Deliberate violation in an adapter no rule names: it leans on another adapter. */
public record KafkaTicketLog(RedisTicketStore store) {
}
