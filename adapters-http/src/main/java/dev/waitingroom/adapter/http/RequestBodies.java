package dev.waitingroom.adapter.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Reads a request body whole. The server's payload limit has already refused anything too large.
 * A body of declared length is read into an array of exactly that size: the general read-to-the-end
 * would allocate and zero a 16 KiB buffer for every join of some 60 bytes.
 */
final class RequestBodies {

    private static final byte[] NONE = new byte[0];

    private RequestBodies() {
    }

    static byte[] read(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return NONE;
        }
        OptionalLong declared = req.headers().contentLength();
        try (InputStream in = req.content().inputStream()) {
            if (declared.isPresent()) {
                return in.readNBytes(Math.toIntExact(declared.getAsLong()));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }
}
