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
 */
class ScriptKeysTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/dev/waitingroom/adapter/redis");
    /** {@code redis.call('CMD', first argument}: every command the scripts use takes its key first. */
    private static final Pattern CALL = Pattern.compile("redis\\.p?call\\(\\s*'(\\w+)'\\s*(?:,\\s*([^,)]+))?");
    private static final Pattern KEY = Pattern.compile("KEYS\\[(\\d+)]");
    private static final Set<String> KEYLESS = Set.of("TIME");
    /** Not a script: the text the seat scripts include. */
    private static final String HELPERS = "reservation_helpers.lua";
    private static final List<String> SEAT_SCRIPTS =
            List.of("hold.lua", "confirm.lua", "cancel.lua", "reservation.lua", "expire_holds.lua", "change_seats.lua");

    @Test
    void everyCommandOfEveryScriptNamesAKeyItWasGivenAndDeclares() {
        List<Path> scripts = scripts();
        assertThat(scripts).extracting(f -> f.getFileName().toString()).contains("join.lua").containsAll(SEAT_SCRIPTS)
                .contains("seat_map.lua", "seat_counts.lua");

        List<String> problems = new ArrayList<>();
        for (Path script : scripts) {
            problems.addAll(keyProblems(script.getFileName().toString(), LuaScript.withIncludes(read(script))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckRecognisesAKeyBuiltInsideAScriptOrNotDeclared() {
        String header = "-- KEYS[1] queue zset   KEYS[2] tickets hash\n";

        assertThat(keyProblems("ok.lua", header + "local t = redis.call('TIME')\nredis.call('ZADD', KEYS[2], 1, ARGV[1])"))
                .isEmpty();
        assertThat(keyProblems("built.lua", header + "redis.call('GET', 'wr:{' .. ARGV[1] .. '}:seq')")).hasSize(2);
        assertThat(keyProblems("variable.lua", header + "local key = KEYS[1]\nredis.call('HGET', key, 'x')")).hasSize(1);
        assertThat(keyProblems("undeclared.lua", header + "redis.call('HGET', KEYS[3], 'x')")).hasSize(1);
        assertThat(keyProblems("nothing.lua", "redis.call('HGET', KEYS[1], 'x')"))
                .anySatisfy(problem -> assertThat(problem).contains("declares no KEYS"));
    }

    @Test
    void theHeaderDeclaresAsManyKeysAsItsHighestKeysLine() {
        assertThat(LuaScript.declaredKeys("-- KEYS[1] a   KEYS[2] b\n-- KEYS[3] c\n-- ARGV[1] x\n\nreturn KEYS[9]"))
                .isEqualTo(3);
        assertThat(LuaScript.HOLD.keyCount()).isEqualTo(9);
        assertThat(LuaScript.CONFIRM.keyCount()).isEqualTo(12);
    }

    /**
     * The seat scripts share helpers (parse a reservation, end a hold, expire one that ran out). Redis scripts
     * cannot share code, so each names the one file that holds them, and the loaded script carries its text.
     */
    @Test
    void everySeatScriptRunsTheOneCopyOfTheReservationHelpers() {
        String helpers = read(SCRIPTS.resolve(HELPERS)).stripTrailing();
        assertThat(helpers).contains("local function finish(r, status)");

        for (String name : SEAT_SCRIPTS) {
            assertThat(read(SCRIPTS.resolve(name))).as(name).contains("-- @include " + HELPERS)
                    .doesNotContain("local function finish(");
            LuaScript loaded = LuaScript.load(name);
            assertThat(loaded.body()).as(name).contains(helpers).doesNotContain("@include");
        }
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
            return files.filter(f -> f.toString().endsWith(".lua") && !f.getFileName().toString().equals(HELPERS)).sorted().toList();
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
