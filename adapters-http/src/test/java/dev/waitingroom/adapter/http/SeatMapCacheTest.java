package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.application.port.in.EventSeats;
import dev.waitingroom.application.port.in.SeatMapQuery;
import dev.waitingroom.application.port.in.SeatMapUseCase;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.seat.SeatCounts;
import dev.waitingroom.domain.seat.SeatId;
import dev.waitingroom.domain.seat.SeatMap;
import dev.waitingroom.domain.seat.SeatState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SeatMapCacheTest {

    private static final EventId EVENT = EventId.of("concert");

    /** A seat map use case that counts its reads; its one seat shows how many reads there were. */
    private static final class CountingSeatMap implements SeatMapUseCase {
        final AtomicInteger reads = new AtomicInteger();
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public EventSeats seats(SeatMapQuery query) {
            int read = reads.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!query.eventId().equals(EVENT)) {
                return new EventSeats.EventNotFound(query.eventId());
            }
            return new EventSeats.Found(new SeatMap(List.of(new SeatMap.Seat(SeatId.of("read-" + read), SeatState.AVAILABLE)),
                    new SeatCounts(1, 0, 0)));
        }
    }

    private final CountingSeatMap store = new CountingSeatMap();
    private final MovableClock clock = new MovableClock();

    @Test
    void aMapIsReadOncePerMaxAgeAndAnsweredEncoded() {
        SeatMapCache cache = new SeatMapCache(store, clock, Duration.ofSeconds(1));

        String first = json(cache.seats(EVENT).orElseThrow());
        clock.pass(Duration.ofMillis(999));
        assertThat(json(cache.seats(EVENT).orElseThrow())).isEqualTo(first);
        assertThat(store.reads).hasValue(1);
        assertThat(first).contains("\"seat_id\":\"read-1\"").contains("\"available\":1");

        clock.pass(Duration.ofMillis(1));
        assertThat(json(cache.seats(EVENT).orElseThrow())).contains("read-2");
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void aMaxAgeOfZeroReadsTheStoreEveryTime() {
        SeatMapCache cache = new SeatMapCache(store, clock, Duration.ZERO);

        cache.seats(EVENT);
        cache.seats(EVENT);

        assertThat(store.reads).hasValue(2);
    }

    @Test
    void anUnknownEventIsNotKeptSoMadeUpIdsCostNoMemory() {
        SeatMapCache cache = new SeatMapCache(store, clock, Duration.ofSeconds(1));

        assertThat(cache.seats(EventId.of("nowhere"))).isEmpty();
        assertThat(cache.seats(EventId.of("nowhere"))).isEmpty();

        assertThat(store.reads).as("asked again: not remembered").hasValue(2);
    }

    @Test
    void peopleAskingAtOnceForAStaleMapWaitForOneRead() throws Exception {
        SeatMapCache cache = new SeatMapCache(store, clock, Duration.ofSeconds(1));
        store.release = new CountDownLatch(1);
        int people = 32;
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch started = new CountDownLatch(people);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            answers.add(threads.submit(() -> {
                started.countDown();
                return json(cache.seats(EVENT).orElseThrow());
            }));
        }
        started.await();
        while (store.reads.get() == 0) {
            Thread.onSpinWait(); // the first read has begun and is held: everyone else arrives meanwhile
        }
        store.release.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get()).contains("read-1");
        }
        threads.shutdown();

        assertThat(store.reads).hasValue(1);
    }

    private static String json(SeatMapCache.Answer answer) {
        return new String(answer.json(), StandardCharsets.UTF_8);
    }
}
