package dev.waitingroom.adapter.http;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The id that ties a response (and its log lines) to a request: the client's X-Request-ID when sane. */
record TraceId(String value) {

    static final int MAX_LENGTH = 128;

    /** The client's id when it is 1-128 printable ASCII characters, else a fresh one. */
    static TraceId from(Optional<String> requested) {
        return requested.filter(TraceId::isSane).map(TraceId::new).orElseGet(TraceId::generate);
    }

    static boolean isSane(String candidate) {
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Trace ids only need to be unique, not secret, so the cheap per-thread generator serves. */
    static TraceId generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return new TraceId(hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()));
    }
}
