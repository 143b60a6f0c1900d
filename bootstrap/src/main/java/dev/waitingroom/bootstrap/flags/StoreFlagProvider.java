package dev.waitingroom.bootstrap.flags;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;
import dev.waitingroom.domain.flag.FeatureFlag;
import dev.waitingroom.domain.flag.Rollout;
import dev.waitingroom.domain.port.FlagStore;
import dev.waitingroom.domain.port.StoreUnavailableException;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's OpenFeature provider: boolean flags answered from this instance's copy of the flag store,
 * never a store call per evaluation. The copy is read again every second ({@link #refresh}, the
 * {@code flag-refresh} background job), so every instance agrees within about two seconds of a change; a
 * change made through this instance is taken at once ({@link #follow}). The targeting key is the person
 * (a user id, or the ticket of an anonymous entry), and {@link Rollout#includes} decides.
 *
 * <p>A flag the store holds no value for is stored with this instance's starting value (its {@code FEATURE_*}
 * variable) at the first read that reaches the store: the first instance to start sets it, and every later
 * one follows the store. While the store cannot be reached, the last values read stay in force.
 */
public final class StoreFlagProvider implements FeatureProvider {

    /** The name OpenFeature reports for this provider. */
    public static final String NAME = "waiting-room-store";

    private static final System.Logger LOG = System.getLogger(StoreFlagProvider.class.getName());
    private static final Metadata METADATA = () -> NAME;

    private final FlagStore store;
    private final Map<FeatureFlag, Rollout> startingValues;
    private volatile Map<FeatureFlag, Rollout> current;
    /** Whether the last refresh failed: an outage is told once, and its end once. */
    private boolean unreachable;

    /** @param startingValues a value for every flag; in force until the store has been read */
    public StoreFlagProvider(FlagStore store, Map<FeatureFlag, Rollout> startingValues) {
        this.store = Objects.requireNonNull(store, "store");
        this.startingValues = Collections.unmodifiableMap(new EnumMap<>(startingValues));
        this.current = this.startingValues;
    }

    /**
     * The first read, at start: stores the starting values the store lacks, and warns about every flag whose
     * stored value differs from this instance's variable (the variable only gives a starting value). A store
     * that cannot be reached leaves the starting values in force until a refresh reaches it.
     */
    public synchronized void start() {
        Map<FeatureFlag, Rollout> read;
        try {
            read = readAndSeed();
        } catch (StoreUnavailableException e) {
            unreachable = true;
            LOG.log(Level.WARNING, "the flags could not be read from the store at start (" + e.getMessage()
                    + "); this instance uses its starting values " + texts(startingValues)
                    + " and stores them, unless the store holds others, once it can be reached");
            return;
        }
        read.forEach((flag, stored) -> {
            if (!stored.equals(startingValues.get(flag))) {
                LOG.log(Level.WARNING, flag.environmentVariable() + "=" + startingValues.get(flag).text()
                        + " is only a starting value: the store holds " + flag.flagName() + " = " + stored.text()
                        + " (set by an earlier instance or through PUT /api/v1/admin/flags/" + flag.flagName()
                        + "), which this instance follows");
            }
        });
        LOG.log(Level.INFO, "feature flags: " + texts(read));
    }

    /** Reads the store again; on an outage the last values stay in force, and the outage is logged once. */
    public synchronized void refresh() {
        try {
            readAndSeed();
        } catch (StoreUnavailableException e) {
            if (!unreachable) {
                LOG.log(Level.WARNING, "the flags could not be read from the store (" + e.getMessage()
                        + "); this instance keeps its last values " + texts(current) + " until it can");
            }
            unreachable = true;
            return;
        }
        if (unreachable) {
            LOG.log(Level.INFO, "the flags are read from the store again: " + texts(current));
        }
        unreachable = false;
    }

    /** A change this instance stored itself: in force here at once, without waiting for the next refresh. */
    public synchronized void follow(FeatureFlag flag, Rollout rollout) {
        Map<FeatureFlag, Rollout> changed = new EnumMap<>(current);
        changed.put(flag, rollout);
        current = Collections.unmodifiableMap(changed);
    }

    /** The values in force on this instance now. */
    public Map<FeatureFlag, Rollout> current() {
        return current;
    }

    private Map<FeatureFlag, Rollout> readAndSeed() {
        Map<FeatureFlag, Rollout> read = new EnumMap<>(FeatureFlag.class);
        read.putAll(store.read());
        for (FeatureFlag flag : FeatureFlag.values()) {
            if (!read.containsKey(flag)) {
                // absent at the first start, or after the store lost its data: the value stored first wins
                read.put(flag, store.setIfAbsent(flag, startingValues.get(flag)));
            }
        }
        current = Collections.unmodifiableMap(read);
        return current;
    }

    private static String texts(Map<FeatureFlag, Rollout> flags) {
        return flags.entrySet().stream().map(flag -> flag.getKey().flagName() + "=" + flag.getValue().text()).toList().toString();
    }

    @Override
    public Metadata getMetadata() {
        return METADATA;
    }

    @Override
    public ProviderEvaluation<Boolean> getBooleanEvaluation(String key, Boolean defaultValue, EvaluationContext ctx) {
        Optional<FeatureFlag> flag = FeatureFlag.named(key);
        if (flag.isEmpty()) {
            return failed(defaultValue, ErrorCode.FLAG_NOT_FOUND, "no flag is named " + key);
        }
        Rollout rollout = current.get(flag.get());
        String person = ctx == null ? null : ctx.getTargetingKey();
        boolean partial = rollout.enabled() && rollout.percent() > 0 && rollout.percent() < 100;
        if (partial && (person == null || person.isEmpty())) {
            return failed(defaultValue, ErrorCode.TARGETING_KEY_MISSING,
                    key + " is on for " + rollout.percent() + "% of people: the targeting key must name the person");
        }
        boolean on = rollout.includes(flag.get(), person == null ? "" : person);
        return ProviderEvaluation.<Boolean>builder()
                .value(on)
                .variant(on ? "on" : "off")
                .reason((!rollout.enabled() ? Reason.DISABLED : partial ? Reason.SPLIT : Reason.STATIC).name())
                .build();
    }

    @Override
    public ProviderEvaluation<String> getStringEvaluation(String key, String defaultValue, EvaluationContext ctx) {
        return notBoolean(key, defaultValue);
    }

    @Override
    public ProviderEvaluation<Integer> getIntegerEvaluation(String key, Integer defaultValue, EvaluationContext ctx) {
        return notBoolean(key, defaultValue);
    }

    @Override
    public ProviderEvaluation<Double> getDoubleEvaluation(String key, Double defaultValue, EvaluationContext ctx) {
        return notBoolean(key, defaultValue);
    }

    @Override
    public ProviderEvaluation<Value> getObjectEvaluation(String key, Value defaultValue, EvaluationContext ctx) {
        return notBoolean(key, defaultValue);
    }

    /** Every flag of the product is on or off for a person: asked for another type, the default, and why. */
    private static <T> ProviderEvaluation<T> notBoolean(String key, T defaultValue) {
        return FeatureFlag.named(key).isPresent()
                ? failed(defaultValue, ErrorCode.TYPE_MISMATCH, key + " is a boolean flag")
                : failed(defaultValue, ErrorCode.FLAG_NOT_FOUND, "no flag is named " + key);
    }

    private static <T> ProviderEvaluation<T> failed(T defaultValue, ErrorCode code, String message) {
        return ProviderEvaluation.<T>builder().value(defaultValue).reason(Reason.ERROR.name()).errorCode(code)
                .errorMessage(message).build();
    }
}
