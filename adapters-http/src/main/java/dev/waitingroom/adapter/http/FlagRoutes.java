package dev.waitingroom.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitingroom.application.port.in.ChangeFlagCommand;
import dev.waitingroom.application.port.in.ChangeFlagResult;
import dev.waitingroom.application.port.in.ChangeFlagUseCase;
import dev.waitingroom.application.port.in.ListFlagsUseCase;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/v1/admin/flags}: the feature flags every instance follows, listed and changed. The admin gate runs first. */
final class FlagRoutes {

    static final String FLAGS = "/api/v1/admin/flags";
    static final String FLAG = "/api/v1/admin/flags/{name}";

    private static final String ENABLED = "enabled";
    private static final String ROLLOUT_PERCENT = "rollout_percent";
    private static final String TAKES = "a flag takes enabled (true or false) and rollout_percent (0-100)";
    private static final Logger LOG = LoggerFactory.getLogger(FlagRoutes.class);

    record FlagBody(String name, boolean enabled, int rolloutPercent) {

        static FlagBody of(FeatureFlag flag, Rollout rollout) {
            return new FlagBody(flag.flagName(), rollout.enabled(), rollout.percent());
        }
    }

    record FlagsBody(List<FlagBody> flags) {
    }

    private final ListFlagsUseCase listFlags;
    private final ChangeFlagUseCase changeFlag;

    FlagRoutes(ListFlagsUseCase listFlags, ChangeFlagUseCase changeFlag) {
        this.listFlags = listFlags;
        this.changeFlag = changeFlag;
    }

    void list(ServerRequest req, ServerResponse res) {
        List<FlagBody> flags = listFlags.flags().stream().map(value -> FlagBody.of(value.flag(), value.rollout())).toList();
        Responses.json(res, Status.OK_200, new FlagsBody(flags));
    }

    void change(ServerRequest req, ServerResponse res) {
        String name = req.path().pathParameters().get("name");
        byte[] body = RequestBodies.read(req);
        // the name first: a change of a flag that does not exist is wrong whatever its body says
        if (FeatureFlag.named(name).isEmpty()) {
            Responses.error(req, res, flagNotFound(name));
            return;
        }
        switch (rollout(body)) {
            case Validated.Rejected<Rollout> rejected -> Responses.error(req, res, rejected.error());
            case Validated.Valid<Rollout> valid -> {
                switch (changeFlag.change(new ChangeFlagCommand(name, valid.value()))) {
                    case ChangeFlagResult.Changed changed -> {
                        logChange(changed);
                        Responses.json(res, Status.OK_200, FlagBody.of(changed.flag(), changed.now()));
                    }
                    case ChangeFlagResult.FlagNotFound missing -> Responses.error(req, res, flagNotFound(missing.name()));
                }
            }
        }
    }

    /**
     * What was turned on, and from what, is the first question when something changes in a sale. SLF4J rather than
     * {@code System.Logger}: the flag and both values go to JSON lines as fields of their own.
     */
    private static void logChange(ChangeFlagResult.Changed changed) {
        String before = changed.previous().map(Rollout::text).orElse("(none stored)");
        LOG.atInfo()
                .addKeyValue("flag", changed.flag().flagName())
                .addKeyValue("old_value", before)
                .addKeyValue("new_value", changed.now().text())
                .log("flag {} changed from {} to {}; this instance follows at once, the others within 2 s",
                        changed.flag().flagName(), before, changed.now().text());
    }

    /** {@code {"enabled": true}} is on for everyone, {@code {"enabled": false}} off, a percentage with true a partial rollout. */
    private static Validated<Rollout> rollout(byte[] body) {
        return switch (Json.readObject(body, true)) {
            case Validated.Rejected<ObjectNode> rejected -> new Validated.Rejected<>(rejected.error());
            case Validated.Valid<ObjectNode> valid -> rollout(valid.value());
        };
    }

    private static Validated<Rollout> rollout(ObjectNode body) {
        Optional<ApiError> unknown = BodyFields.unknownField(body, Set.of(ENABLED, ROLLOUT_PERCENT), TAKES);
        if (unknown.isPresent()) {
            return new Validated.Rejected<>(unknown.get());
        }
        JsonNode enabled = body.get(ENABLED);
        if (enabled == null || !enabled.isBoolean()) {
            return Validated.rejected(ErrorCode.INVALID_FLAG, "enabled is required: true or false");
        }
        JsonNode percent = body.get(ROLLOUT_PERCENT);
        if (percent == null || percent.isNull()) {
            return Validated.valid(enabled.booleanValue() ? Rollout.ON : Rollout.OFF);
        }
        if (!percent.isIntegralNumber() || !percent.canConvertToInt() || percent.intValue() < 0 || percent.intValue() > 100) {
            return Validated.rejected(ErrorCode.INVALID_FLAG, "rollout_percent must be an integer between 0 and 100");
        }
        if (!enabled.booleanValue()) {
            return percent.intValue() == 0 ? Validated.valid(Rollout.OFF) : Validated.rejected(ErrorCode.INVALID_FLAG,
                    "a flag that is off has no rollout_percent: send enabled true with the percentage, or false alone");
        }
        return Validated.valid(Rollout.toPercent(percent.intValue()));
    }

    private static ApiError flagNotFound(String name) {
        return new ApiError(ErrorCode.FLAG_NOT_FOUND, "there is no flag " + Json.quoteValue(name) + "; the flags are "
                + Arrays.stream(FeatureFlag.values()).map(FeatureFlag::flagName).toList());
    }
}
