package dev.waitingroom.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitingroom.adapter.http.AccessLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** What a person or a log collector reads on standard output, in either format. */
class LogOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void backToTheDefault() {
        LogOutput.use(LogSettings.DEFAULT);
    }

    @Test
    void jsonLinesCarryTheTraceIdAndTheAccessLinesFields() {
        LogOutput.use(new LogSettings(LogSettings.Format.JSON, true));

        List<String> lines = printed(() -> {
            MDC.put("trace_id", "trace-json-1");
            try {
                System.getLogger("test.ours").log(System.Logger.Level.WARNING, "store unavailable on GET /readyz");
                LoggerFactory.getLogger(AccessLog.LOGGER_NAME).atInfo().addKeyValue("route", "/readyz")
                        .addKeyValue("status", 503).log("GET /readyz 503 1.5 ms");
            } finally {
                MDC.remove("trace_id");
            }
        });

        assertThat(lines).hasSize(2);
        JsonNode warning = json(lines.get(0));
        assertThat(warning.path("message").asText()).isEqualTo("store unavailable on GET /readyz");
        assertThat(warning.path("level").asText()).isEqualTo("WARN");
        assertThat(warning.path("logger_name").asText()).isEqualTo("test.ours");
        assertThat(warning.path("trace_id").asText()).isEqualTo("trace-json-1");
        assertThat(fieldNames(warning)).containsExactlyInAnyOrder(
                "@timestamp", "message", "logger_name", "thread_name", "level", "trace_id");
        JsonNode access = json(lines.get(1));
        assertThat(access.path("logger_name").asText()).isEqualTo(AccessLog.LOGGER_NAME);
        assertThat(access.path("route").asText()).isEqualTo("/readyz");
        assertThat(access.path("status").asInt()).isEqualTo(503);
        assertThat(access.path("trace_id").asText()).isEqualTo("trace-json-1");
    }

    @Test
    void textLinesAreForAPersonAndShowTheTraceIdWhenThereIsOne() {
        LogOutput.use(LogSettings.DEFAULT);

        List<String> lines = printed(() -> {
            System.getLogger("test.ours").log(System.Logger.Level.INFO, "no request here");
            MDC.put("trace_id", "trace-text-1");
            try {
                System.getLogger("test.ours").log(System.Logger.Level.INFO, "serving a request");
            } finally {
                MDC.remove("trace_id");
            }
        });

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith(" INFO  test.ours - no request here");
        assertThat(lines.get(1)).endsWith(" INFO  test.ours [trace-text-1] - serving a request");
    }

    @Test
    void javaUtilLoggingEndsUpInTheSameOutput() {
        LogOutput.use(new LogSettings(LogSettings.Format.JSON, true));

        List<String> lines = printed(() -> java.util.logging.Logger.getLogger("test.jul").warning("from JUL"));

        assertThat(lines).hasSize(1);
        assertThat(json(lines.getFirst()).path("message").asText()).isEqualTo("from JUL");
    }

    @Test
    void theAccessLogCanBeTurnedOff() {
        LogOutput.use(new LogSettings(LogSettings.Format.TEXT, false));

        List<String> lines = printed(() -> {
            LoggerFactory.getLogger(AccessLog.LOGGER_NAME).info("GET /healthz 200 0.1 ms");
            LoggerFactory.getLogger("test.ours").info("still here");
        });

        assertThat(lines).singleElement().asString().endsWith("still here");
    }

    @Test
    void anOperatorsOwnConfigurationIsReadAgainWithTheChosenFormat(@TempDir Path folder) throws IOException {
        Path own = folder.resolve("own-logback.xml");
        Files.writeString(own, """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>own ${waitingroom.log.format} %logger %msg%n</pattern></encoder>
                  </appender>
                  <logger name="waitingroom.access" level="OFF"/>
                  <root level="INFO"><appender-ref ref="out"/></root>
                </configuration>
                """);
        System.setProperty("logback.configurationFile", own.toString());
        try {
            LogOutput.use(new LogSettings(LogSettings.Format.JSON, true));

            List<String> lines = printed(() -> {
                LoggerFactory.getLogger(AccessLog.LOGGER_NAME).info("GET /healthz 200 0.1 ms");
                LoggerFactory.getLogger("test.ours").info("hello");
            });

            assertThat(lines).containsExactly("own json test.ours hello");
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    /** The lines written to standard output while the action ran. */
    private static List<String> printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> fieldNames(JsonNode line) {
        List<String> names = new java.util.ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
