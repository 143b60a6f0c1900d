package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waitingroom.domain.queue.WaitingToken;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestsTest {

    private static final InetSocketAddress GATEWAY = new InetSocketAddress("127.0.0.1", 8080);

    @Test
    void aJoinCarriesItsOwnKeyAndUserAndTheExactLengthOfItsBody() {
        String join = new String(new JoinRequests(GATEWAY, "show-1").request(7), StandardCharsets.US_ASCII);
        String body = "{\"event_id\":\"show-1\",\"user_id\":\"u0000000000000000000007\"}";

        assertThat(join).isEqualTo("POST /api/v1/queue/join HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: k0000000000000000000007\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(new JoinRequests(GATEWAY, "show-1").success()).isEqualTo(202);
    }

    @Test
    void aStatusCallAsksAboutTheEntriesInTurnWithTokensTheGatewayReads() {
        StatusRequests status = new StatusRequests(GATEWAY, "show-1", 3);

        assertThat(new String(status.request(4), StandardCharsets.US_ASCII))
                .isEqualTo("GET /api/v1/queue/status?token=show-1~0000000000000000000001 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n");
        assertThat(status.token(2)).isEqualTo("show-1~0000000000000000000002");
        assertThat(status.token(3)).as("round again").isEqualTo(status.token(0));
        assertThat(WaitingToken.parse(status.token(2))).as("a token the gateway parses")
                .hasValueSatisfying(token -> assertThat(token.ticketId()).isEqualTo(UniqueIds.of(2)));
        assertThat(status.success()).isEqualTo(200);
    }

    @Test
    void statusCallsNeedEntriesToAskAbout() {
        assertThatThrownBy(() -> new StatusRequests(GATEWAY, "show-1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdmittedPersonEntersWithTheWaitingTokenThenHoldsAndConfirmsWithTheBearerToken() {
        SeatRequests requests = new SeatRequests(GATEWAY);
        String enterBody = "{\"waiting_token\":\"show-1~0000000000000000000007\"}";
        String holdBody = "{\"event_id\":\"show-1\",\"seat_ids\":[\"s00004\",\"s00005\"]}";

        assertThat(new String(requests.enter("show-1~0000000000000000000007"), StandardCharsets.US_ASCII))
                .isEqualTo("POST /api/v1/queue/enter HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + enterBody.length() + "\r\n\r\n" + enterBody);
        assertThat(new String(requests.hold("t.o.k", "show-1", java.util.List.of("s00004", "s00005")), StandardCharsets.US_ASCII))
                .isEqualTo("POST /api/v1/reservations HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer t.o.k\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + holdBody.length() + "\r\n\r\n" + holdBody);
        assertThat(new String(requests.confirm("t.o.k", "r-1"), StandardCharsets.US_ASCII))
                .isEqualTo("POST /api/v1/reservations/r-1/confirm HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer t.o.k\r\n"
                        + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void aBatchOfSeatsFitsTheGatewaysDefaultBodyLimit() {
        String body = EventSeats.body(98_500, 98_500 + EventSeats.PER_REQUEST);

        assertThat(body).startsWith("{\"seats\": [\"s98500\",\"s98501\",").endsWith(",\"s99999\"]}");
        assertThat(body.length()).isLessThanOrEqualTo(16_384);
    }
}
