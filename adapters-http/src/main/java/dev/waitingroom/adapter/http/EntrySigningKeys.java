package dev.waitingroom.adapter.http;

import dev.waitingroom.domain.port.SigningKeyStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which key signs entry passes now, and which public keys verifiers are told about. Either the
 * operator's key, or one the gateway instances agree on through their store: the first instance to ask
 * keeps a key it generated, every other one takes that key, so all of them sign and publish alike.
 */
public final class EntrySigningKeys {

    private final Supplier<EntrySigningKey> resolve;
    private volatile EntrySigningKey current;

    private EntrySigningKeys(Supplier<EntrySigningKey> resolve) {
        this.resolve = resolve;
    }

    /** Always the operator's key. */
    public static EntrySigningKeys fixed(EntrySigningKey key) {
        Objects.requireNonNull(key, "key");
        EntrySigningKeys keys = new EntrySigningKeys(() -> key);
        keys.current = key;
        return keys;
    }

    /**
     * The key the store keeps, offering a new one when it keeps none. Asked on first use, and again after
     * a failure (a store failure propagates as the store's own exception); kept once it succeeded.
     */
    public static EntrySigningKeys shared(SigningKeyStore store) {
        Objects.requireNonNull(store, "store");
        return new EntrySigningKeys(new SharedKey(store));
    }

    /**
     * The key that signs now.
     *
     * @throws IllegalStateException when the store keeps a value that is no usable key
     */
    public EntrySigningKey current() {
        EntrySigningKey known = current;
        if (known == null) {
            // callers racing here all get the store's one key: no lock, so a slow store holds up nobody else
            known = resolve.get();
            current = known;
        }
        return known;
    }

    /** The JWK set verifiers fetch: {@code {"keys":[...]}}, public keys only. */
    String published() {
        return current().publishedSet();
    }

    private static final class SharedKey implements Supplier<EntrySigningKey> {

        private final SigningKeyStore store;
        /** Generated once and offered until the store answers: a retry after a failure offers the same. */
        private volatile EntrySigningKey candidate;

        SharedKey(SigningKeyStore store) {
            this.store = store;
        }

        @Override
        public EntrySigningKey get() {
            EntrySigningKey offered = candidate();
            String kept = store.keepFirst(offered.serialized());
            if (kept.equals(offered.serialized())) {
                return offered;
            }
            try {
                return EntrySigningKey.parse(kept);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the signing key the store keeps is not usable (" + e.getMessage()
                        + "): remove it from the store so that a new one is generated, or configure a key");
            }
        }

        private EntrySigningKey candidate() {
            EntrySigningKey offered = candidate;
            if (offered == null) {
                offered = EntrySigningKey.generate();
                candidate = offered;
            }
            return offered;
        }
    }
}
