package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.WaitingRoomUseCases;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

/**
 * The waiting room's HTTP API, and the page people in the queue see, on Helidon SE (a virtual thread per
 * request). Build it, {@link #start()} it, {@link #stop()} it; stopping waits up to the shutdown grace for
 * requests in flight.
 */
public final class WaitingRoomHttpServer {

    private static final System.Logger LOG = System.getLogger(WaitingRoomHttpServer.class.getName());

    private final HttpSettings settings;
    private final WebServer server;
    private final EdgeConnections connections;
    private volatile int boundPort = -1;

    /** A server that records no metrics, and whose {@code /metrics} is empty. */
    public WaitingRoomHttpServer(WaitingRoomUseCases useCases, HttpSettings settings) {
        this(useCases, settings, HttpMetrics.none());
    }

    /**
     * A server that publishes a key of its own, generated here: for servers that issue no entry passes (so no
     * reservation request it gets can carry a pass it accepts).
     */
    public WaitingRoomHttpServer(WaitingRoomUseCases useCases, HttpSettings settings, HttpMetrics metrics) {
        this(useCases, settings, metrics, EntrySigningKeys.fixed(EntrySigningKey.generate()), "waiting-room");
    }

    /**
     * @param signingKeys     the keys {@code /.well-known/jwks.json} publishes: those that sign the entry passes,
     *                        and that the passes of reservation requests are verified with
     * @param entryPassIssuer the {@code iss} of the entry passes this waiting room signs; a pass of any other is refused
     */
    public WaitingRoomHttpServer(WaitingRoomUseCases useCases, HttpSettings settings, HttpMetrics metrics,
                                 EntrySigningKeys signingKeys, String entryPassIssuer) {
        Objects.requireNonNull(useCases, "useCases");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(signingKeys, "signingKeys");
        Objects.requireNonNull(entryPassIssuer, "entryPassIssuer");
        QueueRoutes queue = new QueueRoutes(useCases.joinQueue(), useCases.queueStatus(), useCases.leaveQueue(),
                useCases.enterQueue());
        // the pass's exp is checked by this gateway's clock; whether its window is still open, by the store's
        ReservationRoutes reservations = new ReservationRoutes(
                new EntryPassVerifier(signingKeys, entryPassIssuer, Clock.systemUTC()), useCases.holdSeats(),
                useCases.readReservation(), useCases.confirmReservation(), useCases.cancelReservation(),
                new SeatMapCache(useCases.seatMap(), Clock.systemUTC(), settings.seatMapMaxAge()));
        AdminRoutes admin = new AdminRoutes(useCases.configureEvent(), useCases.eventStats());
        EventRoutes events = new EventRoutes(useCases.describeEvent());
        PersonLogRoutes logs = new PersonLogRoutes(useCases.readUserLog(), useCases.readTokenHistory());
        FlagRoutes flags = new FlagRoutes(useCases.listFlags(), useCases.changeFlag());
        OperationsRoutes operations = new OperationsRoutes(useCases.readiness(), metrics, signingKeys);
        PageRoutes page = new PageRoutes(PageBundle.fromClassPath());
        RequestObserver observer = new RequestObserver(new RequestMetrics(metrics.registry()), new AccessLog());
        Failures failures = new Failures();
        AdminGate adminGate = new AdminGate(settings.adminToken());

        DirectHandlers.Builder direct = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            direct.addHandler(type, failures);
        }
        ConnectionLimits limits = ConnectionLimits.forThisProcess(settings.maxConnections());
        if (limits.lowered(settings.maxConnections())) {
            LOG.log(Level.WARNING, "MAX_CONNECTIONS lowered from " + settings.maxConnections() + " to " + limits.served()
                    + " to stay within the open-file limit of this process (ulimit -n)");
        }
        this.connections = new EdgeConnections(limits.served(), settings.requestReadTimeout());
        this.server = WebServer.builder()
                .host(settings.host())
                .port(settings.port())
                .maxPayloadSize(settings.maxBodyBytes())
                .shutdownGracePeriod(settings.shutdownGrace())
                // a permit per accepted socket: accept() never meets the open-file limit (see ConnectionLimits)
                .maxTcpConnections(limits.accepted())
                // the owner stops us: Helidon's own JVM hook would race it and close the store under live requests
                .shutdownHook(false)
                .directHandlers(direct.build())
                // every connection goes through our selector (Helidon's own HTTP/1.1, guarded)
                .protocolsDiscoverServices(false)
                .addConnectionSelector(connections)
                .routing(routing -> routes(routing, new Routes(queue, reservations, admin, events, logs, flags,
                        operations, page), failures, adminGate, observer))
                .build();
    }

    /** Every group of routes the server answers. */
    private record Routes(QueueRoutes queue, ReservationRoutes reservations, AdminRoutes admin, EventRoutes events,
                          PersonLogRoutes logs, FlagRoutes flags, OperationsRoutes operations, PageRoutes page) {
    }

    private static void routes(HttpRouting.Builder routing, Routes routes, Failures failures, AdminGate adminGate,
                               RequestObserver observer) {
        QueueRoutes queue = routes.queue();
        ReservationRoutes reservations = routes.reservations();
        AdminRoutes admin = routes.admin();
        OperationsRoutes operations = routes.operations();
        routing.addFilter(new EdgeFilter())
                .addFilter(new TraceFilter())
                .addFilter(observer)
                .addFilter(adminGate)
                .error(Throwable.class, failures::handle);
        only(routing, Method.POST, QueueRoutes.JOIN, queue::join);
        only(routing, Method.GET, QueueRoutes.STATUS, queue::status);
        only(routing, Method.DELETE, QueueRoutes.LEAVE, queue::leave);
        only(routing, Method.POST, QueueRoutes.ENTER, queue::enter);
        only(routing, Method.GET, PersonLogRoutes.HISTORY, routes.logs()::history);
        only(routing, Method.POST, ReservationRoutes.RESERVATIONS, reservations::hold);
        only(routing, Method.GET, ReservationRoutes.RESERVATION, reservations::read);
        only(routing, Method.POST, ReservationRoutes.CONFIRM, reservations::confirm);
        only(routing, Method.POST, ReservationRoutes.CANCEL, reservations::cancel);
        only(routing, Method.GET, ReservationRoutes.SEATS, reservations::seats);
        only(routing, Method.GET, EventRoutes.EVENT, routes.events()::describe);
        only(routing, Method.PUT, AdminRoutes.EVENT, admin::configure);
        only(routing, Method.GET, AdminRoutes.EVENT_STATS, admin::stats);
        only(routing, Method.GET, PersonLogRoutes.USER_LOG, routes.logs()::userLog);
        only(routing, Method.GET, FlagRoutes.FLAGS, routes.flags()::list);
        only(routing, Method.PUT, FlagRoutes.FLAG, routes.flags()::change);
        only(routing, Method.GET, OperationsRoutes.HEALTH, operations::health);
        only(routing, Method.GET, OperationsRoutes.READY, operations::ready);
        only(routing, Method.GET, OperationsRoutes.OPENAPI, operations::openApi);
        only(routing, Method.GET, OperationsRoutes.METRICS, operations::metrics);
        only(routing, Method.GET, OperationsRoutes.JWKS, operations::jwks);
        only(routing, Method.GET, PageRoutes.HOME, routes.page()::home);
        only(routing, Method.GET, PageRoutes.EVENT_PAGE, routes.page()::eventPage);
        only(routing, Method.GET, PageRoutes.ASSET, routes.page()::asset);
        routing.any((req, res) -> Responses.error(req, res, new ApiError(ErrorCode.NOT_FOUND,
                "no route " + req.prologue().method().text() + " " + req.path().path())));
    }

    /** A path that answers one method; any other method there gets 405 with the Allow header. */
    private static void only(HttpRouting.Builder routing, Method method, String path, Handler handler) {
        String allow = method.text();
        routing.route(method, path, handler)
                .any(path, (req, res) -> {
                    res.headers().set(HeaderNames.ALLOW, allow);
                    Responses.error(req, res, new ApiError(ErrorCode.METHOD_NOT_ALLOWED,
                            req.prologue().method().text() + " is not allowed here; use " + allow));
                });
    }

    /** Binds the port and serves. Returns once the server listens. */
    public WaitingRoomHttpServer start() {
        server.start();
        boundPort = server.port();
        LOG.log(Level.INFO, "waiting room HTTP API listening on " + settings.host() + ":" + boundPort);
        return this;
    }

    /** The bound port (the real one when the settings asked for 0); it stays known after a stop. */
    public int port() {
        if (boundPort < 0) {
            throw new IllegalStateException("the server has not been started");
        }
        return boundPort;
    }

    /** Stops taking requests and waits up to the shutdown grace for those in flight. Safe to call twice. */
    public void stop() {
        if (server.isRunning()) {
            server.stop();
            connections.stop();
            LOG.log(Level.INFO, "waiting room HTTP API stopped");
        }
    }
}
