package dev.waitingroom.adapter.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import org.slf4j.MDC;

/**
 * Picks the request's trace id once and echoes it as X-Request-ID on every response. While the request
 * is served, the id is in the logging context ({@value #MDC_KEY}), so every line logged for it carries
 * the id; it is removed afterwards, as the thread may serve the connection's next request.
 */
final class TraceFilter implements Filter {

    static final String MDC_KEY = "trace_id";

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        TraceId traceId = TraceId.from(req.headers().first(Responses.X_REQUEST_ID));
        req.context().register(traceId);
        res.headers().set(Responses.X_REQUEST_ID, traceId.value());
        MDC.put(MDC_KEY, traceId.value());
        try {
            chain.proceed();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
