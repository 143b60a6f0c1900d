package dev.waitingroom.adapter.http;

import dev.waitingroom.application.port.in.ReadTokenHistoryQuery;
import dev.waitingroom.application.port.in.ReadTokenHistoryResult;
import dev.waitingroom.application.port.in.ReadTokenHistoryUseCase;
import dev.waitingroom.application.port.in.ReadUserLogQuery;
import dev.waitingroom.application.port.in.ReadUserLogResult;
import dev.waitingroom.application.port.in.ReadUserLogUseCase;
import dev.waitingroom.domain.queue.EventId;
import dev.waitingroom.domain.queue.UserId;
import dev.waitingroom.domain.queue.WaitingToken;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * The person logs: a user's log in an event for support staff ({@code /api/v1/admin/events/{event_id}/log},
 * behind the admin gate), and the history of the person holding a waiting token ({@code /api/v1/queue/history}).
 */
final class PersonLogRoutes {

    static final String USER_LOG = "/api/v1/admin/events/{eventId}/log";
    static final String HISTORY = "/api/v1/queue/history";

    private final ReadUserLogUseCase readUserLog;
    private final ReadTokenHistoryUseCase readTokenHistory;

    PersonLogRoutes(ReadUserLogUseCase readUserLog, ReadTokenHistoryUseCase readTokenHistory) {
        this.readUserLog = readUserLog;
        this.readTokenHistory = readTokenHistory;
    }

    void userLog(ServerRequest req, ServerResponse res) {
        Optional<EventId> eventId = EventId.parse(req.path().pathParameters().get("eventId"));
        if (eventId.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_REQUEST, "in the path, " + EventId.RULE));
            return;
        }
        Optional<String> userText = LogPageRequest.parameter(req, "user_id");
        Optional<UserId> user = userText.flatMap(UserId::parse);
        if (user.isEmpty()) {
            Responses.error(req, res, new ApiError(ErrorCode.INVALID_USER_ID, userText.isEmpty()
                    ? "the query parameter user_id is required" : UserId.RULE));
            return;
        }
        switch (LogPageRequest.read(req)) {
            case Validated.Rejected<LogPageRequest> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<LogPageRequest> valid -> {
                LogPageRequest page = valid.value();
                switch (readUserLog.read(new ReadUserLogQuery(eventId.get(), user.get(), page.after(), page.limit()))) {
                    case ReadUserLogResult.Found found -> Responses.json(res, Status.OK_200,
                            LogPageBody.of(eventId.get(), found.page()));
                    case ReadUserLogResult.EventNotFound missing -> Responses.error(req, res,
                            new ApiError(ErrorCode.EVENT_NOT_FOUND, "there is no event " + missing.eventId()));
                }
            }
        }
    }

    void history(ServerRequest req, ServerResponse res) {
        Optional<String> token = QueueRoutes.tokenOf(req);
        if (token.isEmpty()) {
            Responses.error(req, res, QueueRoutes.missingToken());
            return;
        }
        switch (LogPageRequest.read(req)) {
            case Validated.Rejected<LogPageRequest> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<LogPageRequest> valid -> {
                // text that cannot be a token of ours is in no queue, as the status route says
                Optional<WaitingToken> parsed = WaitingToken.parse(token.get());
                if (parsed.isEmpty()) {
                    Responses.error(req, res, QueueRoutes.tokenNotFound());
                    return;
                }
                LogPageRequest page = valid.value();
                switch (readTokenHistory.read(new ReadTokenHistoryQuery(parsed.get(), page.after(), page.limit()))) {
                    case ReadTokenHistoryResult.Found found -> Responses.json(res, Status.OK_200,
                            LogPageBody.of(parsed.get().eventId(), found.page()));
                    case ReadTokenHistoryResult.TokenNotFound notFound -> Responses.error(req, res, QueueRoutes.tokenNotFound());
                }
            }
        }
    }
}
