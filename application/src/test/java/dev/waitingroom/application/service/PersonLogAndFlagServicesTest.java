package dev.waitingroom.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waitingroom.adapter.inmemory.InMemoryEventCatalogue;
import dev.waitingroom.adapter.inmemory.InMemoryFlagStore;
import dev.waitingroom.adapter.inmemory.InMemoryQueueStore;
import dev.waitingroom.application.port.in.ChangeFlagCommand;
import dev.waitingroom.application.port.in.ChangeFlagResult;
import dev.waitingroom.application.port.in.FlagValue;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.ReadTokenHistoryQuery;
import dev.waitingroom.application.port.in.ReadTokenHistoryResult;
import dev.waitingroom.application.port.in.ReadUserLogQuery;
import dev.waitingroom.application.port.in.ReadUserLogResult;
import dev.waitingroom.domain.admission.EntryStatus;
import dev.waitingroom.domain.event.EventSettings;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.log.LogCursor;
import dev.waitingroom.domain.log.LogEntry;
import dev.waitingroom.domain.log.LogEntryType;
import dev.waitingroom.domain.log.LogLimit;
import dev.waitingroom.domain.log.LogPage;
import dev.waitingroom.domain.port.FeatureFlags;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.IdempotencyKey;
import dev.waitingroom.domain.queue.JoinOutcome;
import dev.waitingroom.domain.queue.QueuePolicy;
import dev.waitingroom.domain.queue.QueueStats;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a join keeps a log, reading the logs, and the flags an operator lists and changes. */
class PersonLogAndFlagServicesTest {

    private static final EventId SHOW = EventId.of("show");
    private static final LogPage ONE_ENTRY = new LogPage(List.of(new LogEntry(new LogCursor(5, 0), LogEntryType.JOINED,
            "AAAAAAAAAAAAAAAAAAAAAA", Instant.ofEpochMilli(5), Map.of("position", "1"))), Optional.of(new LogCursor(5, 0)));

    private final InMemoryEventCatalogue catalogue = new InMemoryEventCatalogue();
    private final KeepLogRecorder queues = new KeepLogRecorder(new InMemoryQueueStore(catalogue, Clock.systemUTC(), Duration.ofHours(1)));
    private final List<String> flagQuestions = new ArrayList<>();
    private final ScriptedPersonLog personLog = new ScriptedPersonLog();
    private final InMemoryFlagStore flagStore = new InMemoryFlagStore();

    @Test
    void aJoinAsksTheFlagForItsUserAndTellsTheStoreWhetherToKeepTheLog() {
        catalogue.save(new EventSettings(SHOW, QueuePolicy.DEFAULT));
        JoinQueueService service = new JoinQueueService(queues, flagsOnFor("ann"), new SecureRandom());

        service.join(new JoinQueueCommand(SHOW, Optional.of(UserId.of("ann")), IdempotencyKey.of("k1")));
        service.join(new JoinQueueCommand(SHOW, Optional.of(UserId.of("bob")), IdempotencyKey.of("k2")));

        assertThat(flagQuestions).containsExactly("streams_queue ann", "streams_queue bob");
        assertThat(queues.keepLogs).containsExactly(true, false);
    }

    @Test
    void anAnonymousJoinIsItsOwnPersonByItsTicket() {
        catalogue.save(new EventSettings(SHOW, QueuePolicy.DEFAULT));
        JoinQueueService service = new JoinQueueService(queues, (flag, person) -> {
            flagQuestions.add(person);
            return true;
        }, new SecureRandom());

        JoinQueueResult.Joined joined = (JoinQueueResult.Joined) service.join(
                new JoinQueueCommand(SHOW, Optional.empty(), IdempotencyKey.of("k1")));

        assertThat(flagQuestions).containsExactly(joined.token().ticketId());
        assertThat(queues.keepLogs).containsExactly(true);
    }

    @Test
    void aUsersLogIsReadForAKnownEventOnly() {
        personLog.answer(ONE_ENTRY);
        ReadUserLogService service = new ReadUserLogService(catalogue, personLog);
        ReadUserLogQuery query = new ReadUserLogQuery(SHOW, UserId.of("ann"), Optional.of(new LogCursor(4, 2)), new LogLimit(7));

        assertThat(service.read(query)).isEqualTo(new ReadUserLogResult.EventNotFound(SHOW));
        assertThat(personLog.asked()).as("no log is read for an event that does not exist").isEmpty();

        catalogue.save(new EventSettings(SHOW, QueuePolicy.DEFAULT));
        assertThat(service.read(query)).isEqualTo(new ReadUserLogResult.Found(ONE_ENTRY));
        assertThat(personLog.asked()).containsExactly("user show/ann after 4-2 limit 7");
    }

    @Test
    void aTokensHistoryIsItsPersonsLogOrNotFoundWhenTheStoreForgotTheToken() {
        ReadTokenHistoryService service = new ReadTokenHistoryService(personLog);
        WaitingToken token = WaitingToken.of(SHOW, "AAAAAAAAAAAAAAAAAAAAAA");
        personLog.answer(ONE_ENTRY);

        assertThat(service.read(new ReadTokenHistoryQuery(token, Optional.empty(), LogLimit.DEFAULT)))
                .isEqualTo(new ReadTokenHistoryResult.Found(ONE_ENTRY));
        personLog.forgetTokens();
        assertThat(service.read(new ReadTokenHistoryQuery(token, Optional.empty(), LogLimit.DEFAULT)))
                .isEqualTo(new ReadTokenHistoryResult.TokenNotFound());
        assertThat(personLog.asked()).containsExactly("token show~AAAAAAAAAAAAAAAAAAAAAA after start limit 100",
                "token show~AAAAAAAAAAAAAAAAAAAAAA after start limit 100");
    }

    @Test
    void theFlagsAreWhatTheStoreHoldsAndTheStartingValueWhereItHoldsNothing() {
        assertThat(new ListFlagsService(flagStore, Map.of()).flags())
                .containsExactly(new FlagValue(FeatureFlag.STREAMS_QUEUE, FeatureFlag.STREAMS_QUEUE.byDefault()));
        ListFlagsService startedAtAQuarter = new ListFlagsService(flagStore, Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(25)));
        assertThat(startedAtAQuarter.flags()).containsExactly(new FlagValue(FeatureFlag.STREAMS_QUEUE, Rollout.toPercent(25)));

        flagStore.set(FeatureFlag.STREAMS_QUEUE, Rollout.ON);

        assertThat(startedAtAQuarter.flags()).containsExactly(new FlagValue(FeatureFlag.STREAMS_QUEUE, Rollout.ON));
    }

    @Test
    void aChangeStoresTheFlagAndAnswersWhatItReplaced() {
        ChangeFlagService service = new ChangeFlagService(flagStore);

        assertThat(service.change(new ChangeFlagCommand("streams_queue", Rollout.toPercent(25))))
                .isEqualTo(new ChangeFlagResult.Changed(FeatureFlag.STREAMS_QUEUE, Optional.empty(), Rollout.toPercent(25)));
        assertThat(service.change(new ChangeFlagCommand("streams_queue", Rollout.OFF)))
                .isEqualTo(new ChangeFlagResult.Changed(FeatureFlag.STREAMS_QUEUE, Optional.of(Rollout.toPercent(25)), Rollout.OFF));
        assertThat(flagStore.read()).isEqualTo(Map.of(FeatureFlag.STREAMS_QUEUE, Rollout.OFF));
    }

    @Test
    void anUnknownFlagIsNotFoundAndNothingIsStored() {
        ChangeFlagService service = new ChangeFlagService(flagStore);

        assertThat(service.change(new ChangeFlagCommand("lua_atomic", Rollout.ON)))
                .isEqualTo(new ChangeFlagResult.FlagNotFound("lua_atomic"));
        assertThat(service.change(new ChangeFlagCommand("STREAMS_QUEUE", Rollout.ON)))
                .as("names are exact").isEqualTo(new ChangeFlagResult.FlagNotFound("STREAMS_QUEUE"));
        assertThat(flagStore.read()).isEmpty();
    }

    private FeatureFlags flagsOnFor(String onlyPerson) {
        return (flag, person) -> {
            flagQuestions.add(flag.flagName() + " " + person);
            return person.equals(onlyPerson);
        };
    }

    /** A queue store that remembers the keepLog of every join it passes on. */
    private static final class KeepLogRecorder implements QueueStore {

        private final QueueStore store;
        private final List<Boolean> keepLogs = new ArrayList<>();

        KeepLogRecorder(QueueStore store) {
            this.store = store;
        }

        @Override
        public JoinOutcome join(WaitingToken newToken, Optional<UserId> user, IdempotencyKey key, boolean keepLog) {
            keepLogs.add(keepLog);
            return store.join(newToken, user, key, keepLog);
        }

        @Override
        public EntryStatus status(WaitingToken token) {
            return store.status(token);
        }

        @Override
        public boolean leave(WaitingToken token) {
            return store.leave(token);
        }

        @Override
        public Optional<QueueStats> stats(EventId eventId) {
            return store.stats(eventId);
        }
    }
}
