package dev.waitingroom.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that sends {@code POST /api/v1/queue/join} and reads the status.
 * A lean client on purpose: the request is pre-built bytes with only the ids filled in, so the load
 * generator spends as little of the shared CPU as it can.
 */
final class JoinConnection implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress gateway;
    private final byte[] head;
    private final String eventId;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    JoinConnection(InetSocketAddress gateway, String eventId) {
        this.gateway = gateway;
        this.eventId = eventId;
        this.head = ("POST /api/v1/queue/join HTTP/1.1\r\nHost: " + gateway.getHostString() + ":" + gateway.getPort()
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Joins with a fresh idempotency key and user built from {@code id}; answers the HTTP status. */
    int join(String id) throws IOException {
        byte[] body = ("{\"event_id\":\"" + eventId + "\",\"user_id\":\"u" + id + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("k" + id + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        if (socket == null) {
            open();
        }
        byte[] request = new byte[head.length + rest.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(rest, 0, request, head.length, rest.length);
        System.arraycopy(body, 0, request, head.length + rest.length, body.length);
        out.write(request);
        out.flush();
        return readResponse();
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket.connect(gateway, READ_TIMEOUT_MILLIS);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            skipChunks();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            closing = true; // the body runs to the end of the connection
        }
        if (closing) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16); size > 0;
                size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
            skip(size);
            readLine();
        }
        while (!readLine().isEmpty()) {
            // trailers
        }
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed inside a response body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed inside a response head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with: nothing to recover
            }
            socket = null;
        }
    }
}
