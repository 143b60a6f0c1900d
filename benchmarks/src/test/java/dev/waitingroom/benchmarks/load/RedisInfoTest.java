package dev.waitingroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisInfoTest {

    // As redis-server 7.0 prints INFO cpu, memory and commandstats (shortened).
    private static final String BEFORE = """
            # CPU\r
            used_cpu_sys:1.500000\r
            used_cpu_user:2.250000\r
            used_cpu_sys_children:0.000000\r
            used_cpu_sys_main_thread:1.400000\r
            used_cpu_user_main_thread:2.200000\r
            # Memory\r
            used_memory:1000000\r
            used_memory_human:976.56K\r
            # Commandstats\r
            cmdstat_evalsha:calls=100,usec=4000,usec_per_call=40.00,rejected_calls=0,failed_calls=0\r
            cmdstat_zadd:calls=200,usec=300,usec_per_call=1.50,rejected_calls=0,failed_calls=0\r
            cmdstat_info:calls=3,usec=90,usec_per_call=30.00,rejected_calls=0,failed_calls=0\r
            """;

    private static final String AFTER = """
            # CPU
            used_cpu_sys:2.000000
            used_cpu_user:3.000000
            used_cpu_sys_main_thread:1.900000
            used_cpu_user_main_thread:2.950000
            # Memory
            used_memory:1500000
            # Commandstats
            cmdstat_evalsha:calls=300,usec=12000,usec_per_call=40.00,rejected_calls=0,failed_calls=0
            cmdstat_zadd:calls=600,usec=900,usec_per_call=1.50,rejected_calls=0,failed_calls=0
            cmdstat_hset:calls=200,usec=100,usec_per_call=0.50,rejected_calls=0,failed_calls=0
            cmdstat_info:calls=6,usec=180,usec_per_call=30.00,rejected_calls=0,failed_calls=0
            """;

    @Test
    void readsTheProcessCpuToTheMicrosecondTheMemoryAndEveryCommand() {
        RedisInfo info = RedisInfo.parse(BEFORE);

        assertThat(info.cpuMicros()).as("user + sys of the process, not main thread or children").isEqualTo(3_750_000);
        assertThat(info.memoryBytes()).isEqualTo(1_000_000);
        assertThat(info.commands()).containsEntry("evalsha", new RedisInfo.CommandCounts(100, 4000))
                .containsEntry("zadd", new RedisInfo.CommandCounts(200, 300));
    }

    @Test
    void theDifferenceOfTwoReadingsIsWhatRanBetweenThemLeavingOutTheReadingsThemselves() {
        RedisInfo during = RedisInfo.parse(AFTER).since(RedisInfo.parse(BEFORE));

        assertThat(during.cpuMicros()).isEqualTo(1_250_000);
        assertThat(during.memoryBytes()).isEqualTo(500_000);
        assertThat(during.commands()).containsOnly(
                entry("evalsha", 200, 8000), entry("zadd", 400, 600), entry("hset", 200, 100));
    }

    @Test
    void describesTheCostliestCommandsPerOperation() {
        RedisInfo during = RedisInfo.parse(AFTER).since(RedisInfo.parse(BEFORE));

        assertThat(during.describe(200, "join", 2)).isEqualTo("evalsha 1.00/join 40.0 µs, zadd 2.00/join 1.5 µs");
    }

    private static java.util.Map.Entry<String, RedisInfo.CommandCounts> entry(String name, long calls, long micros) {
        return java.util.Map.entry(name, new RedisInfo.CommandCounts(calls, micros));
    }
}
