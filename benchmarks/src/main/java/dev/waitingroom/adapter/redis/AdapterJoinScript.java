package dev.waitingroom.adapter.redis;

import java.util.List;

/**
 * What the load benchmark needs of the Redis adapter that the adapter keeps to its package: join.lua as Redis
 * runs it (with the person log's helper included in place) and the log settings every logging script is
 * handed. It sits in the adapter's package, but in the benchmarks module, so that the benchmark sends exactly
 * the adapter's text and arguments rather than a copy that could drift from them.
 */
public final class AdapterJoinScript {

    private AdapterJoinScript() {
    }

    public static String source() {
        return LuaScript.JOIN.body();
    }

    /** The fields of log_max_entries and log_ttl_sec in the event hash, then their defaults. */
    public static List<String> logSettings() {
        return EventSettingsHash.LOG_SETTINGS;
    }
}
