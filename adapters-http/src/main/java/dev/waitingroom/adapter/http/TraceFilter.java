package dev.waitingroom.adapter.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Picks the request's trace id once and echoes it as X-Request-ID on every response. */
final class TraceFilter implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        TraceId traceId = TraceId.from(req.headers().first(Responses.X_REQUEST_ID));
        req.context().register(traceId);
        res.headers().set(Responses.X_REQUEST_ID, traceId.value());
        chain.proceed();
    }
}
