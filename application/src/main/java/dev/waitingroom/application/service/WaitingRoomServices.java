package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EntryPassIssuer;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.FeatureFlags;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.PersonLog;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.StoreHealth;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** The one place a use case is wired: every service over the driven ports of whichever store runs. */
public final class WaitingRoomServices {

    /**
     * The driven ports of one store, the issuer of entry passes, and the flags as this instance evaluates them.
     *
     * @param featureFlags answers from a short cache of {@code flagStore}, never a store call per request
     */
    public record Ports(QueueStore queueStore, AdmissionStore admissionStore, EventCatalogue eventCatalogue,
                        StoreHealth storeHealth, SeatLedger seatLedger, EntryPassIssuer passIssuer,
                        PersonLog personLog, FlagStore flagStore, FeatureFlags featureFlags) {

        public Ports {
            Objects.requireNonNull(queueStore, "queueStore");
            Objects.requireNonNull(admissionStore, "admissionStore");
            Objects.requireNonNull(eventCatalogue, "eventCatalogue");
            Objects.requireNonNull(storeHealth, "storeHealth");
            Objects.requireNonNull(seatLedger, "seatLedger");
            Objects.requireNonNull(passIssuer, "passIssuer");
            Objects.requireNonNull(personLog, "personLog");
            Objects.requireNonNull(flagStore, "flagStore");
            Objects.requireNonNull(featureFlags, "featureFlags");
        }
    }

    private WaitingRoomServices() {
    }

    /** Every flag, where the store holds no value, shows its default as the starting value. */
    public static WaitingRoomUseCases over(Ports ports) {
        return over(ports, Map.of());
    }

    /** @param startingFlags this instance's starting value of each flag (from its environment), shown while the store holds none */
    public static WaitingRoomUseCases over(Ports ports, Map<FeatureFlag, Rollout> startingFlags) {
        return new WaitingRoomUseCases(
                // waiting tokens and reservation ids must be unguessable; each use case draws from its own
                // generator, so that holds do not contend with joins for one
                new JoinQueueService(ports.queueStore(), ports.featureFlags(), new SecureRandom()),
                new QueueStatusService(ports.queueStore()),
                new LeaveQueueService(ports.queueStore()),
                new EnterQueueService(ports.admissionStore(), ports.passIssuer()),
                // the gateway's clock only paces the looking at idle events; admission itself runs on the store's
                new AdmitPeopleService(ports.eventCatalogue(), ports.admissionStore(), Clock.systemUTC()),
                new ConfigureEventService(ports.eventCatalogue(), ports.seatLedger()),
                new EventStatsService(ports.queueStore(), ports.admissionStore(), ports.seatLedger()),
                new CheckReadinessService(ports.storeHealth()),
                new HoldSeatsService(ports.seatLedger(), new SecureRandom()),
                new ReadReservationService(ports.seatLedger()),
                new ConfirmReservationService(ports.seatLedger()),
                new CancelReservationService(ports.seatLedger()),
                new SeatMapService(ports.eventCatalogue(), ports.seatLedger()),
                new ReleaseExpiredHoldsService(ports.eventCatalogue(), ports.seatLedger()),
                new ReadUserLogService(ports.eventCatalogue(), ports.personLog()),
                new ReadTokenHistoryService(ports.personLog()),
                new ListFlagsService(ports.flagStore(), startingFlags),
                new ChangeFlagService(ports.flagStore()),
                new DescribeEventService(ports.eventCatalogue()));
    }
}
