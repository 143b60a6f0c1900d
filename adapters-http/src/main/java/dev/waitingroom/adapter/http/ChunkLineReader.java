package dev.waitingroom.adapter.http;

import io.helidon.common.buffers.DataReader;
import java.util.function.Supplier;

/**
 * The reader Helidon's HTTP/1.1 connection parses requests from, with the chunk-size lines checked.
 * Helidon 4.5.0 reads each chunk-size line with {@link #readLine()} (its only use of it) and parses the
 * whole line as hex: a legal chunk extension ({@code 1a;name=value}, RFC 9112 section 7.1.1) failed with
 * a NumberFormatException and a 500, and so did a malformed size. Here the extension is dropped and a
 * malformed line is refused with {@link MalformedChunkException}, before Helidon parses it. Trailer
 * fields after the last chunk, which Helidon refuses with a 400, are read and discarded.
 */
final class ChunkLineReader extends DataReader {

    /** A size and an extension fit easily; a longer line is an attack on memory, not a chunk. */
    static final int MAX_CHUNK_LINE = 1024;
    static final int MAX_TRAILER_FIELDS = 32;

    private boolean lastChunkRead;

    ChunkLineReader(Supplier<byte[]> bytes) {
        super(bytes);
    }

    @Override
    public String readLine() {
        if (lastChunkRead) {
            lastChunkRead = false;
            skipTrailers();
            return ""; // what Helidon expects after the last chunk: it takes no trailer fields itself
        }
        int size = chunkSize(nextLine());
        lastChunkRead = size == 0;
        return Integer.toHexString(size);
    }

    /** Trailer fields are legal after the last chunk and may be discarded (RFC 9112 section 7.1.2). */
    private void skipTrailers() {
        for (int fields = 0; fields <= MAX_TRAILER_FIELDS; fields++) {
            String line = nextLine();
            if (line.isEmpty()) {
                return;
            }
            if (line.indexOf(':') < 1) {
                throw new MalformedChunkException("a trailer field must be name: value");
            }
        }
        throw new MalformedChunkException("more than " + MAX_TRAILER_FIELDS + " trailer fields");
    }

    private String nextLine() {
        int end;
        try {
            end = findNewLine(MAX_CHUNK_LINE);
        } catch (IncorrectNewLineException e) {
            throw new MalformedChunkException("a chunk line must end with CRLF");
        }
        if (end == MAX_CHUNK_LINE) {
            throw new MalformedChunkException("a chunk line is longer than " + MAX_CHUNK_LINE + " bytes");
        }
        String line = readAsciiString(end);
        skip(2);
        return line;
    }

    /** The size of {@code chunk-size [ BWS ";" chunk-ext ]}; the extension carries nothing we use. */
    static int chunkSize(String line) {
        int semicolon = line.indexOf(';');
        String hex = semicolon < 0 ? line : withoutTrailingBlanks(line.substring(0, semicolon));
        if (hex.isEmpty()) {
            throw new MalformedChunkException("a chunk size is missing");
        }
        long size = 0;
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0 || hex.charAt(i) > 'f') {
                throw new MalformedChunkException("a chunk size must be hexadecimal digits");
            }
            size = size * 16 + digit;
            if (size > Integer.MAX_VALUE) {
                throw new MalformedChunkException("a chunk size is too large");
            }
        }
        return (int) size;
    }

    private static String withoutTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The chunked framing of a request body is broken; the rest of the connection cannot be read. */
    static final class MalformedChunkException extends RuntimeException {

        MalformedChunkException(String message) {
            super(message, null, false, false);
        }
    }
}
