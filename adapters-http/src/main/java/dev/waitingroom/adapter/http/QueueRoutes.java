package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.EnterQueueCommand;
import dev.waitingroom.application.port.in.EnterQueueResult;
import dev.waitingroom.application.port.in.EnterQueueUseCase;
import dev.waitingroom.application.port.in.JoinQueueCommand;
import dev.waitingroom.application.port.in.JoinQueueResult;
import dev.waitingroom.application.port.in.JoinQueueUseCase;
import dev.waitingroom.application.port.in.LeaveQueueCommand;
import dev.waitingroom.application.port.in.LeaveQueueUseCase;
import dev.waitingroom.application.port.in.QueueStatus;
import dev.waitingroom.application.port.in.QueueStatusQuery;
import dev.waitingroom.application.port.in.QueueStatusUseCase;
import dev.waitingroom.domain.queue.WaitingToken;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/queue/*}: join, status, leave, enter. */
final class QueueRoutes {

    static final String JOIN = "/api/v1/queue/join";
    static final String STATUS = "/api/v1/queue/status";
    static final String LEAVE = "/api/v1/queue/leave";
    static final String ENTER = "/api/v1/queue/enter";
    static final String TOKEN_NOT_FOUND_MESSAGE = "this waiting token is not in any queue";

    private static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");
    private static final String WAITING = "waiting";
    private static final String READY = "ready";
    private static final byte[] LEFT = Json.write(new Left("left"));

    record Joined(String waitingToken, long positionHint, String status) {
    }

    /** {@code eta_sec} is null while no honest estimate exists. */
    record StatusBody(String status, long position, Long etaSec, long waitingTime, boolean readyForEntry, long pollAfterSec) {
    }

    record Granted(String admission, String reservationToken, long ttlSec) {
    }

    record Left(String status) {
    }

    private final JoinQueueUseCase joinQueue;
    private final QueueStatusUseCase queueStatus;
    private final LeaveQueueUseCase leaveQueue;
    private final EnterQueueUseCase enterQueue;

    QueueRoutes(JoinQueueUseCase joinQueue, QueueStatusUseCase queueStatus, LeaveQueueUseCase leaveQueue,
                EnterQueueUseCase enterQueue) {
        this.joinQueue = joinQueue;
        this.queueStatus = queueStatus;
        this.leaveQueue = leaveQueue;
        this.enterQueue = enterQueue;
    }

    void join(ServerRequest req, ServerResponse res) {
        byte[] body = RequestBodies.read(req);
        switch (JoinRequestReader.read(req.headers().all(IDEMPOTENCY_KEY, List::of), body)) {
            case Validated.Rejected<JoinQueueCommand> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<JoinQueueCommand> valid -> answerJoin(req, res, joinQueue.join(valid.value()));
        }
    }

    private static void answerJoin(ServerRequest req, ServerResponse res, JoinQueueResult result) {
        switch (result) {
            case JoinQueueResult.Joined joined -> Responses.json(res, Status.ACCEPTED_202,
                    new Joined(joined.token().value(), joined.position(), WAITING));
            case JoinQueueResult.Duplicate duplicate -> Responses.error(req, res,
                    new ApiError(ErrorCode.DUPLICATE_REQUEST,
                            "this Idempotency-Key was used before; waiting_token is the entry it made"),
                    duplicate.originalToken().value());
            case JoinQueueResult.IdempotencyConflict conflict -> Responses.error(req, res,
                    new ApiError(ErrorCode.IDEMPOTENCY_CONFLICT, "this Idempotency-Key was used by another user_id;"
                            + " use a new random key (a UUID) for every join attempt"));
            case JoinQueueResult.UserLimitReached limit -> Responses.error(req, res,
                    new ApiError(ErrorCode.USER_LIMIT_REACHED, "this user already has " + limit.maxEntriesPerUser()
                            + " entries waiting, the most this event allows"));
            case JoinQueueResult.EventNotFound missing -> Responses.error(req, res,
                    new ApiError(ErrorCode.EVENT_NOT_FOUND, "there is no event " + missing.eventId()));
        }
    }

    void status(ServerRequest req, ServerResponse res) {
        Optional<String> token = tokenOf(req);
        if (token.isEmpty()) {
            Responses.error(req, res, missingToken());
            return;
        }
        // text that cannot be a token of ours is in no queue: no store call needed to say so
        Optional<WaitingToken> parsed = WaitingToken.parse(token.get());
        if (parsed.isEmpty()) {
            Responses.error(req, res, tokenNotFound());
            return;
        }
        switch (queueStatus.status(new QueueStatusQuery(parsed.get()))) {
            case QueueStatus.Waiting waiting -> Responses.json(res, Status.OK_200, new StatusBody(WAITING, waiting.position(),
                    waiting.etaSeconds().isPresent() ? waiting.etaSeconds().getAsLong() : null,
                    waiting.waitingSeconds(), false, waiting.pollAfterSeconds()));
            case QueueStatus.Ready ready -> Responses.json(res, Status.OK_200,
                    new StatusBody(READY, 0, 0L, ready.waitingSeconds(), true, ready.pollAfterSeconds()));
            case QueueStatus.TokenExpired expired -> Responses.error(req, res, tokenExpired());
            case QueueStatus.TokenNotFound ignored -> Responses.error(req, res, tokenNotFound());
        }
    }

    void enter(ServerRequest req, ServerResponse res) {
        byte[] body = RequestBodies.read(req);
        switch (EnterRequestReader.read(body)) {
            case Validated.Rejected<EnterQueueCommand> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<EnterQueueCommand> valid -> {
                switch (enterQueue.enter(valid.value())) {
                    case EnterQueueResult.Granted granted -> Responses.json(res, Status.OK_200,
                            new Granted("granted", granted.pass(), granted.ttlSeconds()));
                    case EnterQueueResult.NotReady notReady -> Responses.error(req, res, new ApiError(ErrorCode.NOT_READY,
                            "not admitted yet: position " + notReady.position() + " in the queue; poll the status"));
                    case EnterQueueResult.TokenExpired expired -> Responses.error(req, res, tokenExpired());
                    case EnterQueueResult.TokenNotFound notFound -> Responses.error(req, res, tokenNotFound());
                }
            }
        }
    }

    void leave(ServerRequest req, ServerResponse res) {
        Optional<String> token = tokenOf(req);
        if (token.isEmpty()) {
            Responses.error(req, res, missingToken());
            return;
        }
        // a token that cannot be ours has left already, as far as its holder can tell
        WaitingToken.parse(token.get()).ifPresent(parsed -> leaveQueue.leave(new LeaveQueueCommand(parsed)));
        Responses.json(res, Status.OK_200, LEFT);
    }

    static Optional<String> tokenOf(ServerRequest req) {
        return req.query().first("token").asOptional().filter(token -> !token.isEmpty());
    }

    static ApiError tokenNotFound() {
        return new ApiError(ErrorCode.TOKEN_NOT_FOUND, TOKEN_NOT_FOUND_MESSAGE);
    }

    private static ApiError tokenExpired() {
        return new ApiError(ErrorCode.TOKEN_EXPIRED,
                "this waiting token expired: the entry was dropped after going silent, or its admission window ended or was used by a confirmed purchase");
    }

    static ApiError missingToken() {
        return new ApiError(ErrorCode.MISSING_TOKEN, "the query parameter token is required");
    }
}
