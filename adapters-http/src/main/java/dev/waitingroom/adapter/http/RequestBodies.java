package dev.waitingroom.adapter.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body whole. The server's payload limit has already refused anything too large. */
final class RequestBodies {

    private static final byte[] NONE = new byte[0];

    private RequestBodies() {
    }

    static byte[] read(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return NONE;
        }
        try (InputStream in = req.content().inputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }
}
