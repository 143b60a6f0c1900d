package dev.waitingroom.adapter.inmemory;

import dev.waitingroom.domain.port.SigningKeyStore;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The signing key of this process: the first candidate offered, until the process ends. */
public final class InMemorySigningKeyStore implements SigningKeyStore {

    private final AtomicReference<String> kept = new AtomicReference<>();

    @Override
    public String keepFirst(String candidate) {
        Objects.requireNonNull(candidate, "candidate");
        String before = kept.compareAndExchange(null, candidate);
        return before == null ? candidate : before;
    }
}
