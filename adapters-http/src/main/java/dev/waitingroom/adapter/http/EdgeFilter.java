package dev.waitingroom.adapter.http;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * The outermost filter: headers every routed answer carries, and the close that an answer announced.
 * Helidon 4.5.0 writes {@code Connection: close} (asked by the client, or set by a refusal that leaves
 * the request stream unusable) and then waits for another request on the same socket; a client that
 * reads to the end of the stream would hang. Throwing {@link CloseConnectionException} once the answer
 * is sent is how Helidon lets a filter end the connection.
 */
final class EdgeFilter implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.headers().set(HeaderValues.X_CONTENT_TYPE_OPTIONS_NOSNIFF);
        chain.proceed();
        if (!res.isSent()) {
            return;
        }
        GuardedConnection.answered(); // a late rest of this request is closed on, not answered 408
        if (req.headers().containsToken(HeaderValues.CONNECTION_CLOSE)
                || res.headers().containsToken(HeaderValues.CONNECTION_CLOSE)) {
            throw new CloseConnectionException("the answer was sent with Connection: close");
        }
    }
}
