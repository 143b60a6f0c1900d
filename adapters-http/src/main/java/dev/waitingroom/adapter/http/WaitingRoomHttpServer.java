package dev.waitingroom.adapter.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The waiting room's HTTP API on Helidon SE (a virtual thread per request). Build it, {@link #start()} it,
 * {@link #stop()} it; stopping waits up to the shutdown grace for requests in flight.
 */
public final class WaitingRoomHttpServer {

    private static final System.Logger LOG = System.getLogger(WaitingRoomHttpServer.class.getName());

    private final HttpSettings settings;
    private final WebServer server;

    public WaitingRoomHttpServer(WaitingRoomUseCases useCases, HttpSettings settings) {
        Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
        QueueRoutes queue = new QueueRoutes(useCases.joinQueue(), useCases.queueStatus(), useCases.leaveQueue());
        AdminRoutes admin = new AdminRoutes(useCases.configureEvent(), useCases.eventStats());
        OperationsRoutes operations = new OperationsRoutes(useCases.readiness());
        Failures failures = new Failures();
        AdminGate adminGate = new AdminGate(settings.adminToken());

        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            direct.addHandler(type, failures);
        }
        this.server = WebServer.builder()
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(settings.maxBodyBytes())
                .shutdownGracePeriod(settings.shutdownGrace())
                .directHandlers(direct.build())
                .routing(routing -> routes(routing, queue, admin, operations, failures, adminGate))
                .build();
    }

    private static void routes(HttpRouting.Builder routing, QueueRoutes queue, AdminRoutes admin,
                               OperationsRoutes operations, Failures failures, AdminGate adminGate) {
        routing.addFilter(new TraceFilter())
                .addFilter(adminGate)
                .error(Throwable.class, failures::handle)
                .post(QueueRoutes.JOIN, queue::join)
                .any(QueueRoutes.JOIN, methodNotAllowed(Method.POST))
                .get(QueueRoutes.STATUS, queue::status)
                .any(QueueRoutes.STATUS, methodNotAllowed(Method.GET))
                .delete(QueueRoutes.LEAVE, queue::leave)
                .any(QueueRoutes.LEAVE, methodNotAllowed(Method.DELETE))
                .put(AdminRoutes.EVENT, admin::configure)
                .any(AdminRoutes.EVENT, methodNotAllowed(Method.PUT))
                .get(AdminRoutes.EVENT_STATS, admin::stats)
                .any(AdminRoutes.EVENT_STATS, methodNotAllowed(Method.GET))
                .get(OperationsRoutes.HEALTH, operations::health)
                .any(OperationsRoutes.HEALTH, methodNotAllowed(Method.GET))
                .get(OperationsRoutes.READY, operations::ready)
                .any(OperationsRoutes.READY, methodNotAllowed(Method.GET))
                .get(OperationsRoutes.OPENAPI, operations::openApi)
                .any(OperationsRoutes.OPENAPI, methodNotAllowed(Method.GET))
                .any((req, res) -> Responses.error(req, res, new ApiError(ErrorCode.NOT_FOUND,
                        "no route " + req.prologue().method().text() + " " + req.path().path())));
    }

    private static Handler methodNotAllowed(Method... allowed) {
        String allow = Arrays.stream(allowed).map(Method::text).collect(Collectors.joining(", "));
        return (req, res) -> {
            res.headers().set(HeaderNames.ALLOW, allow);
            Responses.error(req, res, new ApiError(ErrorCode.METHOD_NOT_ALLOWED,
                    req.prologue().method().text() + " is not allowed here; use " + allow));
        };
    }

    /** Binds the port and serves. Returns once the server listens. */
    public WaitingRoomHttpServer start() {
        server.start();
        LOG.log(Level.INFO, "waiting room HTTP API listening on " + settings.host() + ":" + server.port());
        return this;
    }

    /** The bound port (the real one when the settings asked for 0). */
    public int port() {
        return server.port();
    }

    /** Stops taking requests and waits up to the shutdown grace for those in flight. Safe to call twice. */
    public void stop() {
        if (server.isRunning()) {
            server.stop();
            LOG.log(Level.INFO, "waiting room HTTP API stopped");
        }
    }
}
