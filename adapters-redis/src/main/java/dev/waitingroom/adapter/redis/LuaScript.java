package dev.waitingroom.adapter.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One atomic operation, loaded from the adapter's resources, with the SHA1 that EVALSHA names it by and
 * the number of keys its header comment declares ({@code KEYS[n]}), which every call must pass.
 *
 * <p>A script that only reads starts with {@value #READS_ONLY}: Redis then refuses any write it tries, so
 * the claim is checked, and a change needs a replica's confirmation only when its script may write.
 */
record LuaScript(String name, String body, String sha, int keyCount, boolean changesState) {

    private static final Pattern DECLARED_KEY = Pattern.compile("KEYS\\[(\\d+)]");
    /** A line that stands for the text of another resource: Redis scripts cannot share functions. */
    private static final String INCLUDE = "-- @include ";
    /** The first line of a script that never writes (Redis 7's script flags). */
    static final String READS_ONLY = "#!lua flags=no-writes";

    static final LuaScript JOIN = load("join.lua");
    static final LuaScript STATUS = load("status.lua");
    static final LuaScript LEAVE = load("leave.lua");
    static final LuaScript STATS = load("stats.lua");
    static final LuaScript ADMISSION_STEP = load("admission_step.lua");
    static final LuaScript ENTER = load("enter.lua");
    static final LuaScript KEEP_PASS = load("keep_pass.lua");
    static final LuaScript ADMISSION_STATS = load("admission_stats.lua");
    static final LuaScript HOLD = load("hold.lua");
    static final LuaScript CONFIRM = load("confirm.lua");
    static final LuaScript CANCEL = load("cancel.lua");
    static final LuaScript RESERVATION = load("reservation.lua");
    static final LuaScript EXPIRE_HOLDS = load("expire_holds.lua");
    static final LuaScript CHANGE_SEATS = load("change_seats.lua");
    static final LuaScript SEAT_MAP = load("seat_map.lua");
    static final LuaScript SEAT_COUNTS = load("seat_counts.lua");
    static final LuaScript LOG_OWNER = load("log_owner.lua");
    static final LuaScript SET_FLAG = load("set_flag.lua");
    static final LuaScript SEED_FLAG = load("seed_flag.lua");

    static LuaScript load(String name) {
        String body = withIncludes(read(name));
        return new LuaScript(name, body, sha1(body), declaredKeys(body), !body.startsWith(READS_ONLY + "\n"));
    }

    /**
     * The script's text with each {@code -- @include <resource>} line replaced by that resource's text, itself
     * with its includes in place (the seat scripts' helpers include the person log's).
     */
    static String withIncludes(String text) {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            body.append(line.startsWith(INCLUDE) ? withIncludes(read(line.substring(INCLUDE.length()).strip())).stripTrailing() : line)
                    .append('\n');
        }
        return body.substring(0, body.length() - 1);
    }

    private static String read(String resource) {
        try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script " + resource, e);
        }
    }

    /** The highest {@code KEYS[n]} named in the header: the comment lines the script starts with. */
    static int declaredKeys(String body) {
        int highest = 0;
        for (String line : body.lines().dropWhile(line -> line.startsWith("#!")).takeWhile(line -> line.startsWith("--")).toList()) {
            Matcher key = DECLARED_KEY.matcher(line);
            while (key.find()) {
                highest = Math.max(highest, Integer.parseInt(key.group(1)));
            }
        }
        return highest;
    }

    /** The digest Redis computes for a script body, so EVALSHA needs no SCRIPT LOAD round trip. */
    private static String sha1(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
