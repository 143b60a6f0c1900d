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
}
