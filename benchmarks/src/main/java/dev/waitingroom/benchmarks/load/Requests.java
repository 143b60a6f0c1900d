package dev.waitingroom.benchmarks.load;

/**
 * What a load phase sends: the bytes of its n-th request, and the one answer status that counts as done.
 * Requests are built from a counter, so a phase never repeats one by accident and two phases sharing a
 * counter carry on where the other stopped.
 */
interface Requests {

    /** The whole HTTP/1.1 request, head and body. */
    byte[] request(long n);

    /** e.g. 202 for a join, 200 for a status call. */
    int success();
}
