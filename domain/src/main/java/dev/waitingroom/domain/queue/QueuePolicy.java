package dev.waitingroom.domain.queue;

/**
 * The rules an event sets for its queue.
 *
 * @param maxEntriesPerUser how many entries one user may have waiting at once. The default of 5
 *                          leaves room for a person on a few devices (the seed's scenario has one user
 *                          join three times) while keeping one user from flooding the queue.
 */
public record QueuePolicy(int maxEntriesPerUser) {

    public static final int DEFAULT_MAX_ENTRIES_PER_USER = 5;
    public static final int LIMIT_OF_MAX_ENTRIES_PER_USER = 10_000;
    public static final QueuePolicy DEFAULT = new QueuePolicy(DEFAULT_MAX_ENTRIES_PER_USER);

    public QueuePolicy {
        if (maxEntriesPerUser < 1 || maxEntriesPerUser > LIMIT_OF_MAX_ENTRIES_PER_USER) {
            throw new IllegalArgumentException(
                    "max_entries_per_user must be between 1 and " + LIMIT_OF_MAX_ENTRIES_PER_USER);
        }
    }

    /** Whether a user who already has {@code waitingEntries} entries waiting may add one more. */
    public boolean allowsAnotherEntry(long waitingEntries) {
        return waitingEntries < maxEntriesPerUser;
    }
}
