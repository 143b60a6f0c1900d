package dev.waitingroom.adapter.redis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One command to a Redis on loopback over a fresh socket, for the fixtures: they must not depend on the
 * main code's connection, and polling through {@code redis-cli} would start a process per question.
 */
final class RespClient {

    private static final int CONNECT_TIMEOUT_MILLIS = 300;
    private static final int READ_TIMEOUT_MILLIS = 2_000;

    /** A {@code -ERR ...} style reply. */
    static final class ErrorReply extends RuntimeException {
        ErrorReply(String message) {
            super(message);
        }
    }

    private RespClient() {
    }

    /**
     * The reply as text: a status, a number or a bulk string as such, an array one element a line (nested
     * arrays flattened), a nil as {@code null} (as an empty line inside an array).
     *
     * @throws ErrorReply          when Redis answers with an error
     * @throws UncheckedIOException when nothing answers on {@code port}
     */
    static String ask(int port, String... command) {
        return askInOrder(port, List.of(command)).get(0);
    }

    /**
     * Several commands on one connection, their replies in order (as {@link #ask}): what {@code WAIT}
     * needs, since it waits for the replicas to have this connection's writes.
     */
    @SafeVarargs
    static List<String> askInOrder(int port, List<String>... commands) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            for (List<String> command : commands) {
                out.write(encode(command));
            }
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            List<String> replies = new ArrayList<>(commands.length);
            for (int i = 0; i < commands.length; i++) {
                replies.add(read(in));
            }
            return replies;
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from 127.0.0.1:" + port + " to " + commands[0].get(0), e);
        }
    }

    /**
     * How many replicas of the primary on {@code port} have a write made now, within 100 ms. A replica
     * whose link is up may not have it: after a diskless full sync the primary holds the stream back
     * until the replica's first acknowledgement, up to a second later. The write ({@code probeKey} set and
     * deleted in one transaction) leaves nothing behind; in a cluster the key must be in the primary's slots.
     */
    static int replicasWithAWriteMadeNow(int port, String probeKey) {
        List<String> replies = askInOrder(port, List.of("MULTI"), List.of("SET", probeKey, "probe"),
                List.of("DEL", probeKey), List.of("EXEC"), List.of("WAIT", "1", "100"));
        return Integer.parseInt(replies.get(4));
    }

    /** Like {@link #ask} but null when the server is down or answers with an error: for polling. */
    static String tryAsk(int port, String... command) {
        try {
            return ask(port, command);
        } catch (UncheckedIOException | ErrorReply notNow) {
            return null;
        }
    }

    private static byte[] encode(List<String> command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("*" + command.size() + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String part : command) {
            byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(("$" + encoded.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(encoded);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    private static String read(InputStream in) throws IOException {
        int type = in.read();
        String line = readLine(in);
        switch (type) {
            case '+', ':' -> {
                return line;
            }
            case '-' -> throw new ErrorReply(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                byte[] body = in.readNBytes(length + 2);
                if (body.length < length + 2) {
                    throw new EOFException("reply cut short");
                }
                return new String(body, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line);
                if (count < 0) {
                    return null;
                }
                List<String> elements = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String element = read(in);
                    elements.add(element == null ? "" : element);
                }
                return String.join("\n", elements);
            }
            default -> throw new IOException("not a RESP2 reply: " + (type < 0 ? "end of stream" : (char) type + line));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int next = in.read(); next >= 0; next = in.read()) {
            if (previous == '\r' && next == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
            }
            line.write(next);
            previous = next;
        }
        throw new EOFException("reply cut short");
    }
}
