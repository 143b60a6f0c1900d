package dev.waitingroom.failover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * People buying tickets, each on a virtual thread through any gateway: join, wait to be let in, enter, hold one or
 * two seats, then buy or let go of them; then the next person takes the thread. Most go to the busy event.
 */
final class Crowd {

    private static final Duration POLL_EVERY = Duration.ofMillis(200);

    private final Calls calls;
    private final Ledger ledger;
    private final String busy;
    private final List<String> quiet;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<Thread> people = new ArrayList<>();

    Crowd(Calls calls, Ledger ledger, String busy, List<String> quiet) {
        this.calls = calls;
        this.ledger = ledger;
        this.busy = busy;
        this.quiet = List.copyOf(quiet);
    }

    void start(int size) {
        for (int i = 0; i < size; i++) {
            people.add(Thread.ofVirtual().name("person-", i).start(() -> {
                while (!stopping.get()) {
                    new Person(pickEvent(), "person-" + UUID.randomUUID()).goThrough();
                }
            }));
        }
    }

    /** No one starts anything new; everyone finishes the request in flight (each ends within the client timeout). */
    void stop(Duration deadline) throws InterruptedException {
        if (stopping.getAndSet(true)) {
            return;
        }
        long until = System.nanoTime() + deadline.toNanos();
        for (Thread person : people) {
            person.join(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
            if (person.isAlive()) {
                throw new AssertionError(person.getName() + " still busy " + deadline + " after the load stopped");
            }
        }
    }

    private String pickEvent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return quiet.isEmpty() || random.nextInt(10) < 7 ? busy : quiet.get(random.nextInt(quiet.size()));
    }

    /** One person's way through the sale; gives up at the first answer that leaves nothing sensible to do next. */
    private final class Person {

        private final String event;
        private final String user;
        private final String joinKey = UUID.randomUUID().toString();

        Person(String event, String user) {
            this.event = event;
            this.user = user;
        }

        void goThrough() {
            String token = join();
            String pass = token == null ? null : awaitEntry(token);
            Ledger.Hold hold = pass == null ? null : holdSeats(token, pass);
            if (hold != null && !stopping.get()) {
                settle(hold);
            }
        }

        private String join() {
            // the same key on every retry: a join the store applied but could not confirm is not made twice
            Answer joined = persisting(gateway -> calls.join(gateway, "join", event, user, joinKey));
            boolean duplicate = joined.is(409) && joined.errorCode().equals("DUPLICATE_REQUEST");
            if ((joined.is(202) || duplicate) && joined.text("waiting_token") != null) {
                ledger.joined(joined.text("waiting_token"), event);
                return joined.text("waiting_token");
            }
            return null;
        }

        private String awaitEntry(String token) {
            while (!stopping.get()) {
                Answer status = persisting(gateway -> calls.status(gateway, "status", token));
                if (!status.is(200)) {
                    return null;
                }
                if ("ready".equals(status.text("status"))) {
                    ledger.admitted(token);
                    Answer entered = persisting(gateway -> calls.enter(gateway, token));
                    return entered.is(200) ? entered.text("reservation_token") : null;
                }
                ledger.seenWaiting(token);
                pause(POLL_EVERY);
            }
            return null;
        }

        private Ledger.Hold holdSeats(String token, String pass) {
            for (int attempt = 0; attempt < 4 && !stopping.get(); attempt++) {
                Answer map = persisting(gateway -> calls.seats(gateway, "seats", event));
                List<String> free = new ArrayList<>();
                map.body().path("seats").forEach(seat -> {
                    if (seat.path("status").asText().equals("AVAILABLE")) {
                        free.add(seat.path("seat_id").asText());
                    }
                });
                if (!map.is(200) || free.isEmpty()) {
                    return null;
                }
                List<String> wanted = pick(free, 1 + ThreadLocalRandom.current().nextInt(2));
                Answer held = persisting(gateway -> calls.hold(gateway, pass, event, wanted));
                if (held.is(201)) {
                    return record(held, token, pass, true);
                }
                if (held.errorCode().equals("HOLD_EXISTS")) {
                    // an earlier try that answered 503 was applied after all: carry on with that hold
                    String reservation = held.text("reservation_id");
                    Answer found = persisting(gateway -> calls.reservation(gateway, "reservation", pass, reservation));
                    return found.is(200) ? record(found, token, pass, false) : null;
                }
                if (!held.errorCode().equals("SEAT_UNAVAILABLE")) {
                    return null;
                }
            }
            return null;
        }

        private Ledger.Hold record(Answer reservation, String token, String pass, boolean acknowledged) {
            List<String> seats = new ArrayList<>();
            reservation.body().path("seat_ids").forEach(seat -> seats.add(seat.asText()));
            Ledger.Hold hold = new Ledger.Hold(event, reservation.text("reservation_id"), List.copyOf(seats), pass, token,
                    acknowledged);
            ledger.held(hold);
            return hold;
        }

        private void settle(Ledger.Hold hold) {
            boolean buy = ThreadLocalRandom.current().nextBoolean();
            if (buy) {
                ledger.purchaseAsked(hold.token());
            }
            String how = buy ? "confirm" : "cancel";
            Answer settled = persisting(gateway -> calls.settle(gateway, hold.pass(), hold.reservation(), how));
            if (buy && settled.is(200) && "CONFIRMED".equals(settled.text("status"))) {
                ledger.confirmed(hold.reservation());
            }
        }
    }

    /** Asks again, after a short pause and through any gateway, while the answer says to (503) and the load runs. */
    private Answer persisting(IntFunction<Answer> request) {
        Answer answer = request.apply(calls.anyGateway());
        while (answer.unavailable() && !stopping.get()) {
            pause(Duration.ofMillis(100 + ThreadLocalRandom.current().nextInt(200)));
            answer = request.apply(calls.anyGateway());
        }
        return answer;
    }

    private static List<String> pick(List<String> from, int count) {
        List<String> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, ThreadLocalRandom.current());
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /** The pace of a person (a poll every 200 ms, a short back-off after a 503), not a wait for the system. */
    static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
