package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JoinConnectionTest {

    /** Answers each request on a connection with the next canned response, then waits for the next connection. */
    private ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Integer> connections = new CopyOnWriteArrayList<>();

    private InetSocketAddress serve(List<List<String>> responsesPerConnection) throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            for (List<String> responses : responsesPerConnection) {
                try (Socket socket = server.accept()) {
                    connections.add(socket.getPort());
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = socket.getOutputStream();
                    for (String response : responses) {
                        requests.add(readRequest(in));
                        out.write(response.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return new InetSocketAddress("127.0.0.1", server.getLocalPort());
    }

    private static String readRequest(BufferedReader in) throws IOException {
        StringBuilder request = new StringBuilder();
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            request.append(line).append('\n');
            if (line.startsWith("Content-Length: ")) {
                length = Integer.parseInt(line.substring("Content-Length: ".length()));
            }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return request.append('\n').append(body).toString();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void sendsAJoinWithItsOwnKeyAndUserAndReadsEachKindOfBody() throws IOException {
        InetSocketAddress gateway = serve(List.of(List.of(
                "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"status\":\"waiting\"}",
                "HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
                "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n")));

        try (JoinConnection connection = new JoinConnection(gateway, "show-1")) {
            assertThat(connection.join("0001")).isEqualTo(202);
            assertThat(connection.join("0002")).isEqualTo(409);
            assertThat(connection.join("0003")).isEqualTo(202);
        }

        assertThat(connections).as("one keep-alive connection for all three").hasSize(1);
        assertThat(requests.getFirst())
                .startsWith("POST /api/v1/queue/join HTTP/1.1\n")
                .contains("Idempotency-Key: k0001\n")
                .endsWith("\n{\"event_id\":\"show-1\",\"user_id\":\"u0001\"}");
        assertThat(requests.get(2)).contains("Idempotency-Key: k0003\n");
    }

    @Test
    void opensANewConnectionAfterTheGatewaySaysItClosesThisOne() throws IOException {
        InetSocketAddress gateway = serve(List.of(
                List.of("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
                List.of("HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}")));

        try (JoinConnection connection = new JoinConnection(gateway, "show-1")) {
            assertThat(connection.join("0001")).isEqualTo(503);
            assertThat(connection.join("0002")).isEqualTo(202);
        }

        assertThat(connections).hasSize(2);
    }
}
