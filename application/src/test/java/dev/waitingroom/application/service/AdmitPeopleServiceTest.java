package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.application.port.in.AdmissionRound;
import dev.waitingroom.domain.admission.AdmissionStats;
import dev.waitingroom.domain.admission.AdmissionStep;
import dev.waitingroom.domain.admission.EnterOutcome;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.StoreUnavailableException;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.queue.WaitingToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class AdmitPeopleServiceTest {

    private static final EventId BUSY = EventId.of("busy");
    private static final EventId IDLE = EventId.of("idle");
    private static final AdmissionStep NOTHING = new AdmissionStep(0, 0, 0, 0, 0, false);

    private final List<EventId> events = new ArrayList<>(List.of(BUSY, IDLE));
    private final ScriptedSteps store = new ScriptedSteps();
    private Instant now = Instant.parse("2026-11-27T18:00:00Z");
    private final AdmitPeopleService service = new AdmitPeopleService(catalogue(), store, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aRoundStepsEveryEventAndSumsWhatTheyDid() {
        store.next(BUSY, new AdmissionStep(3, 1, 2, 10, 3, false));
        store.next(IDLE, NOTHING);

        assertThat(service.admit()).isEqualTo(new AdmissionRound(3, 1, 2, 2));
    }

    @Test
    void aStepCutShortByItsBatchRunsAgainAtOnce() {
        store.next(BUSY, new AdmissionStep(1000, 0, 0, 500, 1000, true));
        store.next(BUSY, new AdmissionStep(500, 0, 0, 0, 1500, false));
        store.next(IDLE, NOTHING);

        AdmissionRound round = service.admit();

        assertThat(round.admitted()).isEqualTo(1500);
        assertThat(store.steps(BUSY)).isEqualTo(2);
    }

    @Test
    void anIdleEventIsLookedAtAgainOnlyAfterASecond() {
        service.admit();
        service.admit();
        assertThat(store.steps(IDLE)).as("found idle, skipped in the next round").isEqualTo(1);
        assertThat(store.steps(BUSY)).as("people wait there: stepped every round").isEqualTo(2);

        now = now.plus(AdmitPeopleService.IDLE_RECHECK);
        service.admit();
        assertThat(store.steps(IDLE)).isEqualTo(2);
    }

    @Test
    void oneEventsFailureDoesNotStopTheOthersButIsThrownAfterThem() {
        store.fail(BUSY, new IllegalStateException("a bug in one event's data"));

        assertThatThrownBy(service::admit).hasMessageContaining("a bug");
        assertThat(store.steps(IDLE)).as("the other event was still stepped").isEqualTo(1);
    }

    @Test
    void anUnavailableStoreEndsTheRoundAtOnce() {
        store.fail(BUSY, new StoreUnavailableException("down", null));

        assertThatThrownBy(service::admit).isInstanceOf(StoreUnavailableException.class);
        assertThat(store.steps(IDLE)).isZero();
    }

    private EventCatalogue catalogue() {
        return new EventCatalogue() {
            @Override
            public EventSettings save(EventSettings settings) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<EventSettings> find(EventId eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<EventId> events() {
                return List.copyOf(events);
            }
        };
    }

    /** Answers each event's steps from a script; once its script ran out, BUSY has people waiting and IDLE nobody. */
    private static final class ScriptedSteps implements AdmissionStore {
        private final Map<EventId, Queue<AdmissionStep>> scripted = new HashMap<>();
        private final Map<EventId, RuntimeException> failures = new HashMap<>();
        private final Map<EventId, Integer> steps = new HashMap<>();

        void next(EventId event, AdmissionStep step) {
            scripted.computeIfAbsent(event, e -> new ArrayDeque<>()).add(step);
        }

        void fail(EventId event, RuntimeException failure) {
            failures.put(event, failure);
        }

        int steps(EventId event) {
            return steps.getOrDefault(event, 0);
        }

        @Override
        public Optional<AdmissionStep> step(EventId eventId) {
            steps.merge(eventId, 1, Integer::sum);
            if (failures.containsKey(eventId)) {
                throw failures.get(eventId);
            }
            Queue<AdmissionStep> queue = scripted.get(eventId);
            if (queue != null && !queue.isEmpty()) {
                return Optional.of(queue.poll());
            }
            return Optional.of(eventId.equals(BUSY) ? new AdmissionStep(0, 0, 0, 5, 0, false) : NOTHING);
        }

        @Override
        public EnterOutcome enter(WaitingToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> keepPass(WaitingToken token, String pass) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AdmissionStats> admissionStats(EventId eventId) {
            throw new UnsupportedOperationException();
        }
    }
}
