package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {

    private static final String ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\ncontent-length: 20\r\n\r\n{\"status\":\"waiting\"}";

    private final ByteBuffer read = ByteBuffer.allocate(1024);

    private HttpAnswer feed(String bytes) throws IOException {
        read.put(bytes.getBytes(StandardCharsets.US_ASCII));
        return HttpAnswer.take(read);
    }

    @Test
    void anAnswerThatArrivesInPiecesIsTakenOnlyWhenWhole() throws IOException {
        assertThat(feed(ACCEPTED.substring(0, 10))).isNull();
        assertThat(feed(ACCEPTED.substring(10, 70))).isNull();
        assertThat(feed(ACCEPTED.substring(70, ACCEPTED.length() - 1))).isNull();

        assertThat(feed(ACCEPTED.substring(ACCEPTED.length() - 1))).isEqualTo(new HttpAnswer(202, false, null));
        assertThat(read.position()).as("nothing left over").isZero();
    }

    @Test
    void twoAnswersInOneReadAreTakenOneAfterTheOther() throws IOException {
        String closing = "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}";

        assertThat(feed(ACCEPTED + closing)).isEqualTo(new HttpAnswer(202, false, null));
        assertThat(HttpAnswer.take(read)).isEqualTo(new HttpAnswer(503, true, null));
        assertThat(HttpAnswer.take(read)).isNull();
    }

    @Test
    void theBodyIsKeptOnlyWhenAskedFor() throws IOException {
        String created = "HTTP/1.1 201 Created\r\nContent-Length: 26\r\n\r\n{\"reservation_id\":\"r-é1\"}";
        read.put(created.getBytes(StandardCharsets.UTF_8));

        assertThat(HttpAnswer.take(read, true)).isEqualTo(new HttpAnswer(201, false, "{\"reservation_id\":\"r-é1\"}"));
        assertThat(read.position()).as("nothing left over").isZero();
    }

    @Test
    void anAnswerWithoutContentLengthIsRefusedRatherThanGuessedAt() {
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Content-Length");
    }

    @Test
    void somethingOtherThanHttpIsRefused() {
        assertThatThrownBy(() -> feed("-ERR not http\r\n\r\n")).isInstanceOf(IOException.class).hasMessageContaining("not an HTTP/1.1 answer");
    }
}
