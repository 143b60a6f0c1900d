package dev.waitingroom.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a request body whole, once it is declared JSON. The server's payload limit has already refused
 * anything too large. A body of declared length is read into an array of exactly that size: the general
 * read-to-the-end would allocate and zero a 16 KiB buffer for every join of some 60 bytes.
 */
final class RequestBodies {

    private static final byte[] NONE = new byte[0];

    private RequestBodies() {
    }

    /**
     * @throws RequestRefusedException 415 when a Content-Type other than JSON is declared, or a body
     *                                 comes without any; an empty body needs no Content-Type
     */
    static byte[] read(ServerRequest req) {
        requireJson(req);
        if (!req.content().hasEntity()) {
            return NONE;
        }
        OptionalLong declared = req.headers().contentLength();
        try (InputStream in = req.content().inputStream()) {
            if (declared.isPresent()) {
                return in.readNBytes(Math.toIntExact(declared.getAsLong()));
            }
            return in.readAllBytes();
        } catch (ChunkLineReader.MalformedChunkException e) {
            throw new RequestRefusedException(new ApiError(ErrorCode.INVALID_REQUEST,
                    "malformed chunked body: " + e.getMessage()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
    }

    private static void requireJson(ServerRequest req) {
        List<String> declared = req.headers().all(HeaderNames.CONTENT_TYPE, List::of);
        boolean refused = declared.isEmpty()
                ? req.content().hasEntity()
                : declared.size() > 1 || !isJson(declared.getFirst());
        if (refused) {
            throw new RequestRefusedException(new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "the body must be JSON, sent with Content-Type: application/json (UTF-8)"), false);
        }
    }

    /** {@code application/json}, in any case, with no charset or UTF-8 (quoted or not); other parameters pass. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String charset = parameter.substring(equals + 1).strip();
                if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                    charset = charset.substring(1, charset.length() - 1);
                }
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
