package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.EventSeats;
import dev.waitingroom.application.port.in.SeatMapQuery;
import dev.waitingroom.application.port.in.SeatMapUseCase;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The seat map answer of each event, encoded, kept for a short while. Reading 100,000 seats costs Redis
 * some 50-75 ms and the gateway as much again to encode, and the route needs no token: without this, a
 * few dozen people refreshing the map would take a whole Redis. With it, each gateway reads an event's
 * map at most once per {@code maxAge}, and people asking at the same time wait for that one read.
 * Only events that exist are kept, so made-up event ids cannot fill it.
 */
final class SeatMapCache {

    /** The answer of {@code GET /api/v1/events/{event_id}/seats}, one seat. */
    record SeatBody(String seatId, String status) {
    }

    record SeatMapBody(String eventId, List<SeatBody> seats, long available) {

        static SeatMapBody of(EventId eventId, SeatMap map) {
            return new SeatMapBody(eventId.value(), map.seats().stream()
                    .map(seat -> new SeatBody(seat.id().value(), seat.state().name())).toList(), map.counts().available());
        }
    }

    /** An encoded seat map and when it was read. */
    record Answer(byte[] json, Instant readAt) {
    }

    private final SeatMapUseCase seatMap;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<EventId, ReentrantLock> readers = new ConcurrentHashMap<>();
    private final Map<EventId, Answer> answers = new ConcurrentHashMap<>();

    SeatMapCache(SeatMapUseCase seatMap, Clock clock, Duration maxAge) {
        this.seatMap = seatMap;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    Duration maxAge() {
        return maxAge;
    }

    /** The event's seat map, at most {@code maxAge} old; empty when there is no such event. */
    Optional<Answer> seats(EventId eventId) {
        Answer known = answers.get(eventId);
        if (isFresh(known)) {
            return Optional.of(known);
        }
        ReentrantLock reading = readers.computeIfAbsent(eventId, id -> new ReentrantLock());
        reading.lock(); // a lock, not synchronized: a virtual thread waiting here does not pin its carrier
        try {
            known = answers.get(eventId);
            if (isFresh(known)) {
                return Optional.of(known); // someone else read it while this one waited
            }
            Instant readAt = clock.instant();
            return switch (seatMap.seats(new SeatMapQuery(eventId))) {
                case EventSeats.Found found -> {
                    Answer answer = new Answer(Json.write(SeatMapBody.of(eventId, found.map())), readAt);
                    answers.put(eventId, answer);
                    yield Optional.of(answer);
                }
                case EventSeats.EventNotFound missing -> {
                    answers.remove(eventId);
                    readers.remove(eventId);
                    yield Optional.empty();
                }
            };
        } finally {
            reading.unlock();
        }
    }

    private boolean isFresh(Answer answer) {
        return answer != null && clock.instant().isBefore(answer.readAt().plus(maxAge));
    }
}
