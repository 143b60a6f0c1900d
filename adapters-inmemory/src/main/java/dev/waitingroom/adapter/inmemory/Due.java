package dev.waitingroom.adapter.inmemory;

/**
 * Something due at a time (a window's end, a silence limit, a mark or a log to forget), named by a key:
 * ordered by the time, then by the key, so a sorted set of them gives what is due first.
 */
record Due(long atMillis, String key) implements Comparable<Due> {

    @Override
    public int compareTo(Due other) {
        int byTime = Long.compare(atMillis, other.atMillis);
        return byTime != 0 ? byTime : key.compareTo(other.key);
    }
}
