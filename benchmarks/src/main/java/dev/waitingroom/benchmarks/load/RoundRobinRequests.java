package dev.waitingroom.benchmarks.load;

import java.util.List;

/**
 * Requests of several kinds in turn: request n is request n / k of part n mod k, so with one part per event each
 * event gets every k-th request and each part still sees its own counter 0, 1, 2, ... (its ids never repeat).
 */
final class RoundRobinRequests implements Requests {

    private final List<? extends Requests> parts;

    /** @param parts all with the same success status */
    RoundRobinRequests(List<? extends Requests> parts) {
        if (parts.isEmpty() || parts.stream().anyMatch(part -> part.success() != parts.getFirst().success())) {
            throw new IllegalArgumentException("round robin needs parts, all succeeding with the same status");
        }
        this.parts = List.copyOf(parts);
    }

    @Override
    public byte[] request(long n) {
        return parts.get((int) (n % parts.size())).request(n / parts.size());
    }

    @Override
    public int success() {
        return parts.getFirst().success();
    }
}
