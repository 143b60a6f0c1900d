package dev.waitingroom.benchmarks.load;

import io.lettuce.core.cluster.SlotHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Event ids whose keys fall evenly into the thirds of the hash slots that {@code redis-cli --cluster create}
 * gives 3 primaries, so every primary owns as many events (the run checks with the Cluster itself). Chosen by
 * the hash alone, so a run against one redis-server uses the very same ids.
 */
final class EventSpread {

    private EventSpread() {
    }

    /** {@code count} ids {@code <prefix>000}, {@code <prefix>001}, ..., skipping those whose share is full. */
    static List<String> ids(String prefix, int count, int primaries) {
        int[] taken = new int[primaries];
        List<String> ids = new ArrayList<>();
        for (int candidate = 0; ids.size() < count; candidate++) {
            String id = String.format(Locale.ROOT, "%s%03d", prefix, candidate);
            int share = SlotHash.getSlot(JoinScript.queueKey(id)) * primaries / SlotHash.SLOT_COUNT;
            int wanted = count / primaries + (share < count % primaries ? 1 : 0);
            if (taken[share] < wanted) {
                taken[share]++;
                ids.add(id);
            }
        }
        return ids;
    }
}
