package dev.waitingroom.adapter.http;

import io.helidon.http.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Answers written straight to a socket, where there is no request to answer through: a request that
 * did not arrive in time, a connection over the limit. Both end the connection.
 */
final class RawAnswers {

    private RawAnswers() {
    }

    static byte[] requestTimeout(Duration timeout) {
        return answer(new ApiError(ErrorCode.REQUEST_TIMEOUT,
                "the request did not arrive whole within " + timeout.toMillis() + " ms"), false);
    }

    static byte[] tooManyConnections() {
        return answer(new ApiError(ErrorCode.TOO_MANY_CONNECTIONS,
                "the server has as many connections open as it takes; retry shortly"), true);
    }

    private static byte[] answer(ApiError error, boolean retryAfter) {
        TraceId traceId = TraceId.generate();
        byte[] body = Responses.envelope(error, traceId, null);
        Status status = error.code().status();
        String head = "HTTP/1.1 " + status.code() + " " + status.reasonPhrase() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "X-Content-Type-Options: nosniff\r\n"
                + Responses.X_REQUEST_ID.defaultCase() + ": " + traceId.value() + "\r\n"
                + (retryAfter ? Responses.RETRY_AFTER.defaultCase() + ": " + Responses.DEFAULT_RETRY_AFTER_SECONDS + "\r\n" : "")
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] answer = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, answer, 0, headBytes.length);
        System.arraycopy(body, 0, answer, headBytes.length, body.length);
        return answer;
    }
}
