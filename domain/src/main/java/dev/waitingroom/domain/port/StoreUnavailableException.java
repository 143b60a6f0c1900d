package dev.waitingroom.domain.port;

/** The store could not be reached or did not answer in time. Nothing can be assumed about the change. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
