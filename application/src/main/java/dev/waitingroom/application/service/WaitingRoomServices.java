package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.domain.port.AdmissionStore;
import dev.waitingroom.domain.port.EntryPassIssuer;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.SeatLedger;
import dev.waitingroom.domain.port.StoreHealth;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/** The one place a use case is wired: every service over the driven ports of whichever store runs. */
public final class WaitingRoomServices {

    /** The driven ports of one store, and the issuer of entry passes. */
    public record Ports(QueueStore queueStore, AdmissionStore admissionStore, EventCatalogue eventCatalogue,
                        StoreHealth storeHealth, SeatLedger seatLedger, EntryPassIssuer passIssuer) {

        public Ports {
            Objects.requireNonNull(queueStore, "queueStore");
            Objects.requireNonNull(admissionStore, "admissionStore");
            Objects.requireNonNull(eventCatalogue, "eventCatalogue");
            Objects.requireNonNull(storeHealth, "storeHealth");
            Objects.requireNonNull(seatLedger, "seatLedger");
            Objects.requireNonNull(passIssuer, "passIssuer");
        }
    }

    private WaitingRoomServices() {
    }

    public static WaitingRoomUseCases over(Ports ports) {
        return new WaitingRoomUseCases(
                // waiting tokens and reservation ids must be unguessable; each use case draws from its own
                // generator, so that holds do not contend with joins for one
                new JoinQueueService(ports.queueStore(), new SecureRandom()),
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
                new ReleaseExpiredHoldsService(ports.eventCatalogue(), ports.seatLedger()));
    }
}
