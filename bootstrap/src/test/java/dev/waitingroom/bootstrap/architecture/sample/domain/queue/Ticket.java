package dev.waitingroom.bootstrap.architecture.sample.domain.queue;

/** Deliberate violations: the domain reaches out to an adapter and to Spring. */
public record Ticket(String id, dev.waitingroom.bootstrap.architecture.sample.adapter.redis.RedisTicketStore store,
                     org.springframework.context.ApplicationContext context) {
}
