package dev.waitingroom.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * KEYS and SCAN walk the whole keyspace and block Redis: no request path may issue them. Nor may anything
 * read a whole stream: a person's log is read a page at a time, with a COUNT. Read from the sources.
 */
class NoKeyScanningTest {

    private static final Pattern IN_LUA = Pattern.compile(
            "redis\\.p?call\\s*\\(\\s*['\"](keys|scan|hscan|sscan|zscan)['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_JAVA = Pattern.compile(
            "\\.(keys|scan|hscan|sscan|zscan)\\s*\\(|CommandType\\.(KEYS|SCAN|HSCAN|SSCAN|ZSCAN)\\b");
    private static final Pattern STREAM_READ_IN_LUA = Pattern.compile(
            "redis\\.p?call\\s*\\(\\s*['\"](xrange|xrevrange|xread)['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern STREAM_READ_IN_JAVA = Pattern.compile("\\.(xrange|xrevrange|xread)\\s*\\(");
    /** What bounds a read: COUNT in a script; Lettuce's Limit, or XReadArgs' count, in Java. */
    private static final Pattern BOUNDED_IN_LUA = Pattern.compile("['\"]count['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDED_IN_JAVA = Pattern.compile("Limit\\.(from|create)\\(|\\.count\\(");

    @Test
    void noMainJavaOrLuaFileIssuesKeysOrScan() {
        List<Path> sources = mainSources();
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

    @Test
    void noMainJavaOrLuaFileReadsAWholeStream() {
        List<Path> sources = mainSources();
        assertThat(sources).extracting(f -> f.getFileName().toString()).contains("RedisPersonLog.java", "person_log.lua");
        assertThat(sources).filteredOn(file -> readsAWholeStream(file.toString(), read(file))).isEmpty();
    }

    @Test
    void theCheckRecognisesAStreamReadWithoutACount() {
        assertThat(readsAWholeStream("x.lua", "redis.call('XRANGE', KEYS[1], '-', '+')")).isTrue();
        assertThat(readsAWholeStream("x.lua", "redis.call('XREVRANGE', KEYS[1], '+', '-')\nlocal n = 'COUNT'")).isTrue();
        assertThat(readsAWholeStream("x.lua", "redis.pcall(\"xread\", 'STREAMS', KEYS[1], '0')")).isTrue();
        assertThat(readsAWholeStream("X.java", "redis.xrange(stream, Range.create(\"-\", \"+\"))")).isTrue();
        assertThat(readsAWholeStream("X.java", "redis.xread(XStreamOffset.from(key, \"0\"))")).isTrue();

        assertThat(readsAWholeStream("x.lua", "redis.call('XRANGE', KEYS[1], '(1-0', '+', 'COUNT', ARGV[1])")).isFalse();
        assertThat(readsAWholeStream("x.lua", "redis.call('XADD', KEYS[1], 'MAXLEN', '~', 100, '*', 'a', 1)")).isFalse();
        assertThat(readsAWholeStream("X.java", "redis.xrange(stream, range, Limit.from(limit + 1L))")).isFalse();
        assertThat(readsAWholeStream("X.java", "redis.xread(XReadArgs.Builder.count(10), offset)")).isFalse();
    }

    /** Whether a call that reads a stream lacks what bounds it, inside its own parentheses. */
    private static boolean readsAWholeStream(String fileName, String source) {
        boolean lua = fileName.endsWith(".lua");
        Matcher read = (lua ? STREAM_READ_IN_LUA : STREAM_READ_IN_JAVA).matcher(source);
        while (read.find()) {
            String arguments = argumentsFrom(source, source.indexOf('(', read.start()));
            if (!(lua ? BOUNDED_IN_LUA : BOUNDED_IN_JAVA).matcher(arguments).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text from an opening parenthesis to the one that closes it. */
    private static String argumentsFrom(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(open, i + 1);
            }
        }
        return source.substring(open);
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".lua")).toList();
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

    private static boolean scansKeys(Path file) {
        return issuesKeysOrScan(file.toString(), read(file));
    }

    private static boolean issuesKeysOrScan(String fileName, String source) {
        Pattern pattern = fileName.endsWith(".lua") ? IN_LUA : IN_JAVA;
        return pattern.matcher(source).find();
    }
}
