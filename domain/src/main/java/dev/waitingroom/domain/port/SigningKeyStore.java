package dev.waitingroom.domain.port;

/**
 * Where gateway instances agree on one signing key when the operator gave none, so that every instance
 * signs and publishes alike.
 */
public interface SigningKeyStore {

    /**
     * The key every instance uses: the one already kept, or {@code candidate} when none was (it is then kept).
     *
     * @param candidate a private key in its serialized form (opaque to the store)
     */
    String keepFirst(String candidate);
}
