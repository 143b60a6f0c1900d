package dev.waitingroom.application.service;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import dev.waitingroom.domain.port.EventCatalogue;
import dev.waitingroom.domain.port.QueueStore;
import dev.waitingroom.domain.port.StoreHealth;
import java.security.SecureRandom;

/** The one place a use case is wired: every service over the driven ports of whichever store runs. */
public final class WaitingRoomServices {

    private WaitingRoomServices() {
    }

    public static WaitingRoomUseCases over(QueueStore queueStore, EventCatalogue eventCatalogue, StoreHealth storeHealth) {
        return new WaitingRoomUseCases(
                // waiting tokens must be unguessable
                new JoinQueueService(queueStore, new SecureRandom()),
                new QueueStatusService(queueStore),
                new LeaveQueueService(queueStore),
                new ConfigureEventService(eventCatalogue),
                new EventStatsService(queueStore),
                new CheckReadinessService(storeHealth));
    }
}
