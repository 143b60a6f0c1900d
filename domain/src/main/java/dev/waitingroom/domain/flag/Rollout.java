package dev.waitingroom.domain.flag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * How far a flag is rolled out: off, on, or on for a percentage of people.
 *
 * <p>A person's bucket is a stable hash of the flag's name and the person (user id, or the ticket id of an
 * anonymous entry) modulo 100, and the flag is on for buckets below the percentage. So every instance, and
 * every restart, gives a person the same answer, and raising the percentage only adds people.
 *
 * @param percent 0 when off, 100 when fully on
 */
public record Rollout(boolean enabled, int percent) {

    public static final Rollout OFF = new Rollout(false, 0);
    public static final Rollout ON = new Rollout(true, 100);

    public Rollout {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("rollout_percent must be between 0 and 100");
        }
        if (!enabled && percent != 0) {
            throw new IllegalArgumentException("a flag that is off has no rollout percentage");
        }
    }

    /** On for {@code percent} of people; 0 is on for nobody (but stays "enabled" to say a rollout is under way). */
    public static Rollout toPercent(int percent) {
        return new Rollout(true, percent);
    }

    /** Whether the flag is on for this person. */
    public boolean includes(FeatureFlag flag, String person) {
        return enabled && bucket(flag.flagName(), person) < percent;
    }

    /** The person's bucket for a flag, 0-99: the first 8 bytes of SHA-256 of {@code <flag name>:<person>}, unsigned, modulo 100. */
    public static int bucket(String flagName, String person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((flagName + ":" + person).getBytes(StandardCharsets.UTF_8));
            long high = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(high, 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code false}, {@code true} or {@code <n>%}: the form of the environment variables, and of a stored flag. */
    public static Optional<Rollout> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.equals("false")) {
            return Optional.of(OFF);
        }
        if (value.equals("true")) {
            return Optional.of(ON);
        }
        if (value.matches("\\d{1,3}%")) {
            int percent = Integer.parseInt(value.substring(0, value.length() - 1));
            return percent <= 100 ? Optional.of(toPercent(percent)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The form {@link #parse} reads back. */
    public String text() {
        if (!enabled) {
            return "false";
        }
        return percent == 100 ? "true" : percent + "%";
    }
}
