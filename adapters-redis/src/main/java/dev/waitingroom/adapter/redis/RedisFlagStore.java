package dev.waitingroom.adapter.redis;

import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feature flags in one hash shared by every event and every gateway instance ({@code wr:flags}): flag
 * name to its rollout as {@link Rollout#text()} writes it. Each write is one script over that one key, so
 * the value it replaced, or the value that won, is exact however many instances write at once.
 */
public final class RedisFlagStore implements FlagStore {

    private static final System.Logger LOG = System.getLogger(RedisFlagStore.class.getName());

    private static final int ABSENT = 0;
    private static final int REPLACED = 1;

    private final RedisConnection connection;
    /** Read every second by every instance: a bad field is worth one warning, not one a second. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public RedisFlagStore(RedisConnection connection) {
        this.connection = connection;
    }

    /** Fields that name no flag of this version, or hold no rollout, are left alone and skipped. */
    @Override
    public Map<FeatureFlag, Rollout> read() {
        Map<FeatureFlag, Rollout> flags = new EnumMap<>(FeatureFlag.class);
        connection.call(RedisKeys.FLAGS, redis -> redis.hgetall(RedisKeys.FLAGS)).forEach((name, value) -> {
            Optional<FeatureFlag> flag = FeatureFlag.named(name);
            if (flag.isEmpty()) {
                warnOnce(name, value, "names no flag of this version");
                return;
            }
            rolloutOf(flag.get(), value).ifPresent(rollout -> flags.put(flag.get(), rollout));
        });
        return flags;
    }

    @Override
    public Optional<Rollout> set(FeatureFlag flag, Rollout rollout) {
        ScriptReply reply = connection.run(LuaScript.SET_FLAG, new String[] {RedisKeys.FLAGS}, flag.flagName(), rollout.text());
        return switch (reply.outcome()) {
            case ABSENT -> Optional.empty();
            case REPLACED -> rolloutOf(flag, reply.text(1));
            default -> throw reply.unexpectedOutcome();
        };
    }

    /** A stored value that is no rollout counts as none: the starting value replaces it. */
    @Override
    public Rollout setIfAbsent(FeatureFlag flag, Rollout rollout) {
        ScriptReply reply = connection.run(LuaScript.SEED_FLAG, new String[] {RedisKeys.FLAGS}, flag.flagName(), rollout.text());
        Optional<Rollout> held = rolloutOf(flag, reply.text(1));
        if (held.isPresent()) {
            return held.get();
        }
        set(flag, rollout);
        return rollout;
    }

    private Optional<Rollout> rolloutOf(FeatureFlag flag, String value) {
        Optional<Rollout> rollout = Rollout.parse(value);
        if (rollout.isEmpty()) {
            warnOnce(flag.flagName(), value, "is not false, true or <n>%");
        }
        return rollout;
    }

    private void warnOnce(String name, String value, String why) {
        if (warned.add(name + "=" + value)) {
            LOG.log(System.Logger.Level.WARNING, "ignoring the feature flag field " + name + " = " + value + " in "
                    + RedisKeys.FLAGS + ": it " + why);
        }
    }
}
