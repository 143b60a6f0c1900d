package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds one complete HTTP/1.1 answer at the start of the bytes read so far on a connection, and takes it
 * out of the buffer. Answers arrive in pieces, so an incomplete one is left where it is until more comes.
 * The gateway gives every answer a {@code Content-Length}; anything else is refused rather than guessed at.
 */
record HttpAnswer(int status, boolean closes, String body) {

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    /** An answer without its body (null): the join and status phases look at the status only. */
    static HttpAnswer take(ByteBuffer read) throws IOException {
        return take(read, false);
    }

    /**
     * @param read     the connection's buffer in write mode (position = bytes read so far); on a complete
     *                 answer, the bytes after it are moved to the front
     * @param withBody whether to keep the body (as UTF-8 text), for callers that read a token or an id from it
     * @return the answer, or null while it is incomplete
     */
    static HttpAnswer take(ByteBuffer read, boolean withBody) throws IOException {
        int length = read.position();
        byte[] bytes = read.array();
        int headEnd = indexOf(bytes, length, HEAD_END);
        if (headEnd < 0) {
            if (length == read.capacity()) {
                throw new IOException("an answer's head is longer than " + read.capacity() + " bytes");
            }
            return null;
        }
        String head = new String(bytes, 0, headEnd, StandardCharsets.US_ASCII);
        if (!head.startsWith("HTTP/1.1 ") || head.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + head.lines().findFirst().orElse(""));
        }
        int status = Integer.parseInt(head.substring(9, 12));
        long contentLength = -1;
        boolean closes = false;
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Connection")) {
                closes = value.equalsIgnoreCase("close");
            }
        }
        if (contentLength < 0) {
            throw new IOException("an answer without Content-Length (status " + status + "): this client reads no other framing");
        }
        long end = headEnd + HEAD_END.length + contentLength;
        if (end > read.capacity()) {
            throw new IOException("an answer of " + end + " bytes does not fit the " + read.capacity() + "-byte buffer");
        }
        if (length < end) {
            return null;
        }
        String body = withBody
                ? new String(bytes, headEnd + HEAD_END.length, (int) contentLength, StandardCharsets.UTF_8)
                : null;
        read.flip().position((int) end);
        read.compact();
        return new HttpAnswer(status, closes, body);
    }

    private static int indexOf(byte[] bytes, int length, byte[] wanted) {
        outer:
        for (int i = 0; i <= length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
