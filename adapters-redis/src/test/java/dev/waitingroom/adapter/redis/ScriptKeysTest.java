package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key a script touches comes in through KEYS, named by RedisKeys: a key built inside a script could
 * lie in another cluster slot, and would escape the one class that knows the layout. Read from the sources,
 * so a new script is checked without being listed here.
 *
 * <p>One exception, and only one: a person's log stream, whose person is only known inside the script that
 * logs a change. It is built in the one helper {@code person_log.lua}, from a KEYS entry holding the event's
 * key prefix (so it carries the event's hash tag), and used only by the helper's XADD and PEXPIRE.
 */
class ScriptKeysTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/dev/waitingroom/adapter/redis");
    /** {@code redis.call('CMD', first argument}: every command the scripts use takes its key first. */
    private static final Pattern CALL = Pattern.compile("redis\\.p?call\\(\\s*'(\\w+)'\\s*(?:,\\s*([^,)]+))?");
    private static final Pattern KEY = Pattern.compile("KEYS\\[(\\d+)]");
    private static final Set<String> KEYLESS = Set.of("TIME");
    /** Not a script: the text the seat scripts include. */
    private static final String HELPERS = "reservation_helpers.lua";
    /** Not a script: the text every script that logs a change includes (the seat scripts through their helpers). */
    private static final String PERSON_LOG = "person_log.lua";
    private static final List<String> LOGGING_SCRIPTS = List.of("join.lua", "leave.lua", "admission_step.lua",
            "keep_pass.lua", "hold.lua", "confirm.lua", "cancel.lua", "reservation.lua", "expire_holds.lua",
            "change_seats.lua");
    /** The one key built in a script: the helper's stream, the event's key prefix then the person. */
    private static final String BUILT_STREAM = "local stream = logPrefix .. person .. ':log'";
    private static final Pattern LOG_PREFIX = Pattern.compile("local logPrefix = KEYS\\[(\\d+)]");
    private static final List<String> SEAT_SCRIPTS =
            List.of("hold.lua", "confirm.lua", "cancel.lua", "reservation.lua", "expire_holds.lua", "change_seats.lua");

    @Test
    void everyCommandOfEveryScriptNamesAKeyItWasGivenAndDeclares() {
        List<Path> scripts = scripts();
        assertThat(scripts).extracting(f -> f.getFileName().toString()).contains("join.lua").containsAll(SEAT_SCRIPTS)
                .contains("seat_map.lua", "seat_counts.lua");

        String personLog = read(SCRIPTS.resolve(PERSON_LOG));
        List<String> problems = new ArrayList<>(personLogProblems(personLog));
        for (Path script : scripts) {
            problems.addAll(keyProblems(script.getFileName().toString(), LuaScript.withIncludes(read(script)), personLog));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOnlyKeyBuiltIsAPersonsStreamInTheOneHelperFromTheDeclaredKeyPrefix() {
        String helper = "local function appendToLog(person, ticket)\n    " + BUILT_STREAM + "\n"
                + "    redis.call('XADD', stream, 'MAXLEN', '~', 100, '*', 'ticket', ticket)\n"
                + "    redis.call('PEXPIRE', stream, 1000)\nend\n";
        String header = "-- KEYS[1] tickets hash   KEYS[2] the event's key prefix, for person logs\n";
        String script = header + "local logPrefix = KEYS[2]\n" + helper + "redis.call('HGET', KEYS[1], ARGV[1])\n";

        assertThat(personLogProblems(helper)).isEmpty();
        assertThat(keyProblems("logs.lua", script, helper)).isEmpty();

        // the helper builds any other key, or uses its stream for anything but appending
        assertThat(personLogProblems(helper + "redis.call('GET', logPrefix .. 'seq')")).isNotEmpty();
        assertThat(personLogProblems(helper.replace("':log'", "'log'"))).isNotEmpty();
        assertThat(personLogProblems(helper + "redis.call('XRANGE', stream, '-', '+', 'COUNT', 1)")).isNotEmpty();
        assertThat(personLogProblems(helper + "redis.call('HGET', KEYS[1], 'x')")).isNotEmpty();
        // a script builds the stream itself, or takes the prefix from anywhere but a declared key prefix
        assertThat(keyProblems("own.lua", script + "redis.call('XADD', logPrefix .. 'x', '*', 'a', 1)", helper)).isNotEmpty();
        assertThat(keyProblems("argv.lua", script.replace("local logPrefix = KEYS[2]", "local logPrefix = ARGV[2]"), helper))
                .isNotEmpty();
        assertThat(keyProblems("undeclared.lua", script.replace("the event's key prefix", "queue zset"), helper)).isNotEmpty();
    }

    @Test
    void theCheckRecognisesAKeyBuiltInsideAScriptOrNotDeclared() {
        String header = "-- KEYS[1] queue zset   KEYS[2] tickets hash\n";

        assertThat(keyProblems("ok.lua", header + "local t = redis.call('TIME')\nredis.call('ZADD', KEYS[2], 1, ARGV[1])", ""))
                .isEmpty();
        assertThat(keyProblems("built.lua", header + "redis.call('GET', 'wr:{' .. ARGV[1] .. '}:seq')", "")).hasSize(2);
        assertThat(keyProblems("variable.lua", header + "local key = KEYS[1]\nredis.call('HGET', key, 'x')", "")).hasSize(1);
        assertThat(keyProblems("undeclared.lua", header + "redis.call('HGET', KEYS[3], 'x')", "")).hasSize(1);
        assertThat(keyProblems("nothing.lua", "redis.call('HGET', KEYS[1], 'x')", ""))
                .anySatisfy(problem -> assertThat(problem).contains("declares no KEYS"));
    }

    @Test
    void theHeaderDeclaresAsManyKeysAsItsHighestKeysLine() {
        assertThat(LuaScript.declaredKeys("-- KEYS[1] a   KEYS[2] b\n-- KEYS[3] c\n-- ARGV[1] x\n\nreturn KEYS[9]"))
                .isEqualTo(3);
        assertThat(LuaScript.HOLD.keyCount()).isEqualTo(11);
        assertThat(LuaScript.CONFIRM.keyCount()).isEqualTo(14);
    }

    /**
     * The seat scripts share helpers (parse a reservation, end a hold, expire one that ran out). Redis scripts
     * cannot share code, so each names the one file that holds them, and the loaded script carries its text.
     */
    @Test
    void everySeatScriptRunsTheOneCopyOfTheReservationHelpers() {
        String helpers = read(SCRIPTS.resolve(HELPERS)).stripTrailing();
        assertThat(helpers).contains("local function finish(r, status)").contains("-- @include " + PERSON_LOG);

        for (String name : SEAT_SCRIPTS) {
            assertThat(read(SCRIPTS.resolve(name))).as(name).contains("-- @include " + HELPERS)
                    .doesNotContain("local function finish(");
            LuaScript loaded = LuaScript.load(name);
            assertThat(loaded.body()).as(name).contains(LuaScript.withIncludes(helpers)).doesNotContain("@include");
        }
    }

    /** Every script that changes a person's state appends through the one helper, so the stream is built once. */
    @Test
    void everyScriptThatChangesAPersonsStateRunsTheOneCopyOfThePersonLog() {
        String personLog = read(SCRIPTS.resolve(PERSON_LOG)).stripTrailing();
        assertThat(personLog).contains("local function appendToLog(").contains(BUILT_STREAM);

        for (String name : LOGGING_SCRIPTS) {
            assertThat(read(SCRIPTS.resolve(name))).as(name).doesNotContain("local function appendToLog(");
            assertThat(LuaScript.load(name).body()).as(name).contains(personLog).contains("appendToLog(");
        }
    }

    /**
     * The problems of a script's whole text (includes in place), apart from the person log helper's text, which
     * {@link #personLogProblems} checks alone. A script that runs the helper must hand it a key prefix its
     * header declares as one.
     */
    private static List<String> keyProblems(String name, String withIncludes, String personLog) {
        String body = personLog.isBlank() ? withIncludes : withIncludes.replace(personLog.stripTrailing(), "");
        List<String> problems = new ArrayList<>(keyProblems(name, body));
        if (!personLog.isBlank() && body.length() != withIncludes.length()) {
            Matcher prefix = LOG_PREFIX.matcher(body);
            if (!prefix.find()) {
                problems.add(name + ": runs the person log but takes its key prefix from no KEYS entry");
            } else {
                String declared = "KEYS[" + prefix.group(1) + "] the event's key prefix";
                if (body.lines().takeWhile(line -> line.startsWith("--")).noneMatch(line -> line.contains(declared))) {
                    problems.add(name + ": its header does not declare " + declared);
                }
            }
        }
        return problems;
    }

    /** The helper builds exactly one key, the person's stream, from the prefix, and only appends to it. */
    private static List<String> personLogProblems(String helper) {
        List<String> problems = new ArrayList<>();
        if (helper.contains("KEYS[") || helper.contains("'wr:") || helper.contains("\"wr:")) {
            problems.add(PERSON_LOG + ": names a key of its own");
        }
        if (helper.split(Pattern.quote(BUILT_STREAM), -1).length != 2 || helper.split("logPrefix \\.\\.", -1).length != 2) {
            problems.add(PERSON_LOG + ": must build the stream exactly once, as " + BUILT_STREAM);
        }
        Matcher call = CALL.matcher(helper);
        while (call.find()) {
            boolean appends = Set.of("XADD", "PEXPIRE").contains(call.group(1));
            if (!KEYLESS.contains(call.group(1)) && !(appends && call.group(2) != null && "stream".equals(call.group(2).strip()))) {
                problems.add(PERSON_LOG + ": " + call.group() + " is not an append to the person's stream");
            }
        }
        return problems;
    }

    private static List<String> keyProblems(String name, String body) {
        List<String> problems = new ArrayList<>();
        int declared = LuaScript.declaredKeys(body);
        if (declared == 0) {
            problems.add(name + ": the header declares no KEYS");
        }
        if (body.contains("'wr:") || body.contains("\"wr:")) {
            problems.add(name + ": builds a key name");
        }
        Matcher call = CALL.matcher(body);
        while (call.find()) {
            if (KEYLESS.contains(call.group(1))) {
                continue;
            }
            Matcher key = KEY.matcher(call.group(2) == null ? "" : call.group(2).strip());
            if (!key.matches()) {
                problems.add(name + ": " + call.group() + " does not name one of KEYS");
            } else if (Integer.parseInt(key.group(1)) > declared) {
                problems.add(name + ": " + call.group() + " uses a key its header does not declare");
            }
        }
        return problems;
    }

    private static List<Path> scripts() {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(f -> f.toString().endsWith(".lua"))
                    .filter(f -> !Set.of(HELPERS, PERSON_LOG).contains(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
