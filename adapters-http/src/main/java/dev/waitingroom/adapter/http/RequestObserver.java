package dev.waitingroom.adapter.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Set;

/**
 * Times every request that reaches the routing and records it twice: in the request metrics and as
 * the access line. It runs inside the trace filter, so the access line carries the trace id; error
 * handlers run inside it, so the status it sees is the one sent.
 */
final class RequestObserver implements Filter {

    /** The label of a request no route answered: an unknown path, or an admin request the gate refused. */
    static final String UNMATCHED = "unmatched";
    static final String OTHER_METHOD = "OTHER";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

    private final RequestMetrics metrics;
    private final AccessLog accessLog;

    RequestObserver(RequestMetrics metrics, AccessLog accessLog) {
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.proceed();
            failed = false;
        } finally {
            long nanos = System.nanoTime() - start;
            String method = methodOf(req.prologue().method());
            String route = req.matchingPattern().filter(pattern -> !pattern.isEmpty()).orElse(UNMATCHED);
            // error handlers run inside the chain; what escapes it the server answers with a 500
            int status = failed ? 500 : res.status().code();
            metrics.record(method, route, status, nanos);
            accessLog.write(method, route, status, nanos);
        }
    }

    /** Any token is a method to HTTP: only the standard ones become label values. */
    static String methodOf(Method method) {
        String name = method.text();
        return METHODS.contains(name) ? name : OTHER_METHOD;
    }
}
