package dev.waitingroom.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RepeatedFailureLogTest {

    private static final String LOGGER = "test.repeated-failures";
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final MovableClock clock = new MovableClock();
    private final CapturedLogs logs = new CapturedLogs();
    private final RepeatedFailureLog log = new RepeatedFailureLog(System.getLogger(LOGGER), clock, INTERVAL);

    @AfterEach
    void release() {
        logs.close();
    }

    @Test
    void theFirstFailureIsLoggedAndRepeatsWithinTheIntervalAreOnlyCounted() {
        for (int i = 1; i <= 500; i++) {
            int request = i;
            log.log("store unavailable", Level.WARNING, () -> "store unavailable on request " + request, null);
            clock.pass(Duration.ofMillis(10)); // 500 failures in 5 s
        }

        assertThat(messages()).containsExactly("store unavailable on request 1");
    }

    @Test
    void afterTheIntervalTheNextFailureIsLoggedWithTheCountLeftOut() {
        log.log("store unavailable", Level.WARNING, () -> "first", null);
        for (int i = 0; i < 41; i++) {
            clock.pass(Duration.ofMillis(200));
            log.log("store unavailable", Level.WARNING, () -> "left out", null);
        }
        clock.pass(Duration.ofMillis(1_800)); // 10 s after the first line
        log.log("store unavailable", Level.WARNING, () -> "second", null);

        assertThat(messages()).containsExactly("first", "second (and 41 more like it since the last such line)");
    }

    @Test
    void eachKindHasItsOwnInterval() {
        log.log("store unavailable", Level.WARNING, () -> "store down", null);
        log.log("java.lang.NullPointerException", Level.ERROR, () -> "a bug", new NullPointerException("x"));
        log.log("store unavailable", Level.WARNING, () -> "store down again", null);

        assertThat(messages()).containsExactly("store down", "a bug");
        ILoggingEvent bug = logs.matching(CapturedLogs.from(LOGGER)).get(1);
        assertThat(bug.getLevel().toString()).isEqualTo("ERROR");
        assertThat(bug.getThrowableProxy().getClassName()).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void aClockSetBackDoesNotSilenceAKindForAsLongAsItWentBack() {
        log.log("store unavailable", Level.WARNING, () -> "before", null);
        clock.pass(Duration.ofHours(-1));
        log.log("store unavailable", Level.WARNING, () -> "after the clock went back", null);

        assertThat(messages()).containsExactly("before", "after the clock went back");
    }

    private List<String> messages() {
        return logs.matching(CapturedLogs.from(LOGGER)).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
