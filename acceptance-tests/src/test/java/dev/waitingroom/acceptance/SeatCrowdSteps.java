package dev.waitingroom.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A crowd let in together, then every one of them holding seats at the same moment: each hold on a
 * thread of its own, all released by one latch, spread over the gateways in turn. Meanwhile the event's
 * seat counters are read again and again, to catch them below zero or drifting at any moment.
 */
public final class SeatCrowdSteps {

    private static final Duration BETWEEN_CHECKS = Duration.ofMillis(200);
    private static final long BETWEEN_COUNTER_LOOKS_MILLIS = 20;

    // Cucumber makes a new instance of the class for every scenario
    private final List<String> crowd = new ArrayList<>();
    private final Map<String, ReservationBook.Hold> holds = new LinkedHashMap<>();
    private final List<SeatInventory.Counters> countersDuringHolds = new CopyOnWriteArrayList<>();
    private final List<Throwable> failedCounterLooks = new CopyOnWriteArrayList<>();
    private long seed;

    private static QueueWorld world() {
        return QueueWorld.current();
    }

    /** People called person-0001, person-0002 ...; they join in any order, then the sale opens. */
    @Given("{int} people have been let in and have entered")
    public void crowdLetInAndEntered(int people) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        IntStream.rangeClosed(1, people).mapToObj(i -> String.format("person-%04d", i)).forEach(crowd::add);
        List<QueueWorld.Join> joins = InParallel.map(crowd, person -> {
            String key = UUID.randomUUID().toString();
            return new QueueWorld.Join(key, client.join(eventId, person, key));
        });
        for (int i = 0; i < people; i++) {
            assertThat(joins.get(i).reply().accepted()).as("%s joined: %s", crowd.get(i), joins.get(i).reply()).isTrue();
            world().recordJoins(crowd.get(i), List.of(joins.get(i)));
        }
        assertThat(world().settings().path("paused").asBoolean(false)).as("the sale has not opened yet").isTrue();
        SaleSteps.open();
        // the world belongs to this thread; the threads sending requests get only the tokens
        Map<String, String> tokens = new HashMap<>();
        crowd.forEach(person -> tokens.put(person, world().onlyPlaceOf(person)));
        waitUntilAllLetIn(client, tokens, Pause.deadlineIn(Duration.ofSeconds(60)));
        List<Reply> entries = InParallel.map(crowd, person -> client.enter(tokens.get(person)));
        for (int i = 0; i < people; i++) {
            Reply entry = entries.get(i);
            assertThat(entry.status()).as("%s entered: %s", crowd.get(i), entry).isEqualTo(200);
            world().entered(crowd.get(i), entry);
        }
    }

    @When("each of them holds {int} to {int} seats picked at random, all at the same moment")
    public void everyoneHoldsAtOnce(int fewest, int most) {
        WaitingRoomClient client = world().client();
        String eventId = world().eventId();
        List<String> seats = List.copyOf(SeatSteps.seatMap().states().keySet());
        seed = System.nanoTime();
        Random random = new Random(seed);
        List<Callable<ReservationBook.Hold>> tasks = new ArrayList<>();
        for (String person : crowd) {
            List<String> shuffled = new ArrayList<>(seats);
            Collections.shuffle(shuffled, random);
            List<String> asked = List.copyOf(shuffled.subList(0, fewest + random.nextInt(most - fewest + 1)));
            String pass = world().entryPassOf(person);
            tasks.add(() -> {
                Instant sent = Instant.now();
                Reply reply = client.hold(pass, eventId, asked);
                return new ReservationBook.Hold(asked, sent, Instant.now(), reply);
            });
        }
        CounterWatch watch = new CounterWatch(client, eventId);
        world().keepRunning(watch);
        List<ReservationBook.Hold> answered;
        try {
            answered = AllAtOnce.run(tasks);
        } finally {
            watch.close();
        }
        for (int i = 0; i < crowd.size(); i++) {
            holds.put(crowd.get(i), answered.get(i));
            world().reservations().held(crowd.get(i), answered.get(i));
        }
        // what the crowd got, for the run's output: the assertions come in the next steps
        Map<String, Long> outcomes = answered.stream().collect(Collectors.groupingBy(
                hold -> hold.taken() ? "held" : hold.reply().body().path("error").path("code").asText(String.valueOf(hold.reply().status())),
                TreeMap::new, Collectors.counting()));
        System.out.println("[acceptance] " + crowd.size() + " holds at once (random seed " + seed + "): " + outcomes
                + ", " + countersDuringHolds.size() + " looks at the counters meanwhile");
    }

    @Then("no seat is held by two people")
    public void noSeatHeldTwice() {
        Map<String, String> holderOfSeat = new HashMap<>();
        List<String> problems = new ArrayList<>();
        taken().forEach((person, hold) -> {
            ReservationSteps.assertReservation(hold.reply(), "HOLD", hold.seats());
            for (String seat : hold.seats()) {
                String other = holderOfSeat.putIfAbsent(seat, person);
                if (other != null) {
                    problems.add(seat + " is held by " + other + " and by " + person);
                }
            }
        });
        assertThat(problems).as("seats held twice (random seed %d)", seed).isEmpty();
        assertThat(holderOfSeat).as("seats held by someone (random seed %d)", seed).isNotEmpty();
    }

    @Then("the seats held and the seats still available together make {int}")
    public void heldAndAvailableMake(int seats) {
        Set<String> held = seatsTaken();
        SeatMapShown map = SeatSteps.seatMap();
        SeatInventory.Counters counters = SeatSteps.counters();
        assertThat(new HashSet<>(map.seatsIn(SeatMapShown.HELD))).as("the seats the map shows held (random seed %d)", seed)
                .isEqualTo(held);
        assertThat(held.size() + counters.available()).as("seats held plus seats available: %s", counters.stats())
                .isEqualTo(seats);
        assertThat(counters.held()).as("the count of seats held: %s", counters.stats()).isEqualTo(held.size());
    }

    /**
     * Nothing is given back while the crowd holds (a hold lasts minutes), so a seat named taken must be
     * one of the seats held at the end, and "no seat is left" can only be said once none is.
     */
    @Then("every refusal names only seats that were asked for and that someone else holds")
    public void refusalsNameTakenSeats() {
        Set<String> held = seatsTaken();
        long availableAtTheEnd = SeatSteps.counters().available();
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (var entry : holds.entrySet()) {
            Reply reply = entry.getValue().reply();
            if (entry.getValue().taken()) {
                continue;
            }
            refused++;
            String code = reply.body().path("error").path("code").asText();
            if (code.equals(Refusal.SEAT_TAKEN.code()) && reply.status() == Refusal.SEAT_TAKEN.status()) {
                List<String> named = new ArrayList<>();
                reply.body().path("unavailable_seats").forEach(seat -> named.add(seat.asText()));
                if (named.isEmpty()) {
                    problems.add(entry.getKey() + " was refused with no seat named: " + reply);
                }
                for (String seat : named) {
                    if (!entry.getValue().seats().contains(seat) || !held.contains(seat)) {
                        problems.add(entry.getKey() + " asked for " + entry.getValue().seats() + " and was told " + seat
                                + " is taken, which is " + (held.contains(seat) ? "not one of those" : "held by nobody") + ": " + reply);
                    }
                }
            } else if (code.equals(Refusal.SOLD_OUT.code()) && reply.status() == Refusal.SOLD_OUT.status()) {
                if (availableAtTheEnd != 0) {
                    problems.add(entry.getKey() + " was told no seat is left, yet " + availableAtTheEnd + " are: " + reply);
                }
            } else {
                problems.add(entry.getKey() + " was refused for another reason: " + reply);
            }
        }
        assertThat(problems).as("refusals that do not hold up (random seed %d)", seed).isEmpty();
        assertThat(refused).as("holds refused, of %d", holds.size()).isPositive();
    }

    @Then("every gateway took some of the holds and refused others")
    public void everyGatewayTookAndRefused() {
        Set<Integer> all = IntStream.range(0, world().client().gateways()).boxed().collect(Collectors.toSet());
        Map<Boolean, Set<Integer>> gateways = holds.values().stream().collect(Collectors.partitioningBy(
                ReservationBook.Hold::taken, Collectors.mapping(hold -> hold.reply().gateway(), Collectors.toSet())));
        assertThat(gateways.get(true)).as("gateways that took a hold").isEqualTo(all);
        assertThat(gateways.get(false)).as("gateways that refused a hold").isEqualTo(all);
    }

    @Then("at every look while they held, the seat counters were none below zero and added up to {int}")
    public void countersSoundThroughout(int seats) {
        assertThat(failedCounterLooks).as("looks at the counters that got no answer").isEmpty();
        assertThat(countersDuringHolds).as("looks at the counters while the crowd held").isNotEmpty().allSatisfy(counters -> {
            counters.assertNoneBelowZero();
            assertThat(counters.total()).as("seats available, held and sold: %s", counters.stats()).isEqualTo(seats);
        });
    }

    private Map<String, ReservationBook.Hold> taken() {
        assertThat(holds).as("holds sent by the crowd").isNotEmpty();
        Map<String, ReservationBook.Hold> taken = new LinkedHashMap<>();
        holds.forEach((person, hold) -> {
            if (hold.taken()) {
                taken.put(person, hold);
            }
        });
        return taken;
    }

    private Set<String> seatsTaken() {
        return taken().values().stream().flatMap(hold -> hold.seats().stream()).collect(Collectors.toSet());
    }

    private void waitUntilAllLetIn(WaitingRoomClient client, Map<String, String> tokens, long deadline) {
        Set<String> waiting = new HashSet<>(crowd);
        while (true) {
            List<String> asked = List.copyOf(waiting);
            List<Reply> statuses = InParallel.map(asked, person -> client.status(tokens.get(person)));
            for (int i = 0; i < asked.size(); i++) {
                Reply status = statuses.get(i);
                assertThat(status.ready() || status.waiting()).as("%s has a place: %s", asked.get(i), status).isTrue();
                if (status.ready()) {
                    waiting.remove(asked.get(i));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            assertThat(System.nanoTime()).as("everyone let in in time; still waiting: %d of %d", waiting.size(), crowd.size())
                    .isLessThan(deadline);
            Pause.millis(BETWEEN_CHECKS.toMillis());
        }
    }

    /** Reads the event's seat counters again and again on a thread of its own, until closed. */
    private final class CounterWatch implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stopped;

        CounterWatch(WaitingRoomClient client, String eventId) {
            thread = Thread.ofPlatform().name("seat-counter-watch").start(() -> {
                while (!stopped) {
                    try {
                        countersDuringHolds.add(SeatInventory.Counters.of(client.stats(eventId)));
                    } catch (RuntimeException | AssertionError e) {
                        failedCounterLooks.add(e);
                    }
                    Pause.millis(BETWEEN_COUNTER_LOOKS_MILLIS);
                }
            });
        }

        @Override
        public void close() {
            stopped = true;
            try {
                thread.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while stopping the watch of the counters", e);
            }
        }
    }
}
