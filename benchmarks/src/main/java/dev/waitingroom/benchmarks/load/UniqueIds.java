package dev.waitingroom.benchmarks.load;

/** Distinct 22-character ids (the length of a real ticket id) from a counter, without the cost of randomness. */
final class UniqueIds {

    private static final String ZEROS = "0".repeat(22);

    private UniqueIds() {
    }

    static String of(long n) {
        String digits = Long.toString(n);
        return ZEROS.substring(digits.length()) + digits;
    }
}
