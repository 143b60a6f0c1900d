package dev.waitingroom.bootstrap.logging;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the application logs.
 *
 * @param format    text for a person at a terminal, JSON lines for a log collector
 * @param accessLog whether each request gets its access line
 */
public record LogSettings(Format format, boolean accessLog) {

    public enum Format { TEXT, JSON }

    public static final LogSettings DEFAULT = new LogSettings(Format.TEXT, true);

    public LogSettings {
        Objects.requireNonNull(format, "format");
    }

    /**
     * {@code LOG_FORMAT} ({@code text} or {@code json}) and {@code ACCESS_LOG} ({@code on} or {@code off}).
     *
     * @param variable a set, non-blank variable's value by its name
     * @throws IllegalArgumentException naming the variable, when a value is none of those
     */
    public static LogSettings from(Function<String, Optional<String>> variable) {
        return new LogSettings(
                variable.apply("LOG_FORMAT").map(LogSettings::format).orElse(DEFAULT.format()),
                variable.apply("ACCESS_LOG").map(LogSettings::onOrOff).orElse(DEFAULT.accessLog()));
    }

    private static Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new IllegalArgumentException("LOG_FORMAT must be text or json, got '" + clip(value) + "'");
        };
    }

    private static boolean onOrOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("ACCESS_LOG must be on or off, got '" + clip(value) + "'");
        };
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    @Override
    public String toString() {
        return format.name().toLowerCase(Locale.ROOT) + ", access log " + (accessLog ? "on" : "off");
    }
}
