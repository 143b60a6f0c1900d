package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** KEYS and SCAN walk the whole keyspace and block Redis: no request path may issue them. */
class NoKeyScanningTest {

    private static final Pattern IN_LUA = Pattern.compile(
            "redis\\.p?call\\s*\\(\\s*['\"](keys|scan|hscan|sscan|zscan)['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_JAVA = Pattern.compile(
            "\\.(keys|scan|hscan|sscan|zscan)\\s*\\(|CommandType\\.(KEYS|SCAN|HSCAN|SSCAN|ZSCAN)\\b");

    @Test
    void noMainJavaOrLuaFileIssuesKeysOrScan() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            sources = files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".lua")).toList();
        }

        assertThat(sources).extracting(f -> f.getFileName().toString())
                .contains("RedisQueueStore.java", "RedisEventCatalogue.java", "RedisSeatLedger.java", "join.lua", "leave.lua",
                        "hold.lua", "confirm.lua", "expire_holds.lua", "change_seats.lua", "seat_map.lua");
        assertThat(sources).filteredOn(NoKeyScanningTest::scansKeys).isEmpty();
    }

    @Test
    void theCheckRecognisesKeysAndScanCalls() {
        assertThat(issuesKeysOrScan("x.lua", "local all = redis.call('KEYS', 'wr:*')")).isTrue();
        assertThat(issuesKeysOrScan("x.lua", "redis.pcall(\"scan\", 0)")).isTrue();
        assertThat(issuesKeysOrScan("X.java", "redis.keys(\"wr:*\")")).isTrue();
        assertThat(issuesKeysOrScan("X.java", "commands.hscan (key, cursor)")).isTrue();
        assertThat(issuesKeysOrScan("X.java", "dispatch(CommandType.SCAN, output)")).isTrue();

        assertThat(issuesKeysOrScan("X.java", "String[] scriptKeys = {keys.queue(), RedisKeys.of(event).seq()};")).isFalse();
        assertThat(issuesKeysOrScan("x.lua", "-- KEYS[1] queue\nredis.call('ZRANK', KEYS[1], ARGV[1])")).isFalse();
    }

    private static boolean scansKeys(Path file) {
        try {
            return issuesKeysOrScan(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean issuesKeysOrScan(String fileName, String source) {
        Pattern pattern = fileName.endsWith(".lua") ? IN_LUA : IN_JAVA;
        return pattern.matcher(source).find();
    }
}
