package dev.waitingroom.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The unpipelined ceiling as redis-benchmark measures it: C clients, one EVALSHA of the join script
 * in flight per client ({@code -P 1}), every request with fresh idempotency, ticket and user ids.
 *
 * <p>redis-benchmark replaces each {@code __rand_int__} with its own 12-digit random number below
 * {@code -r} (at most 2^31 - 1), drawn independently per occurrence and per request. Two of them per id
 * make a repeat vanishingly unlikely; the queue length afterwards says how many requests really joined.
 */
final class RedisBenchmarkCeiling {

    private static final String RANDOM = "__rand_int__";
    private static final String UNIQUE = RANDOM + "-" + RANDOM;
    private static final int LARGEST_RANGE = Integer.MAX_VALUE;

    private final String executable;
    private final LocalRedisServer redis;

    RedisBenchmarkCeiling(String executable, LocalRedisServer redis) {
        this.executable = executable;
        this.redis = redis;
    }

    record Result(double requestsPerSecond, String csv) {
    }

    Result run(String sha, String eventId, int clients, long requests, JoinScript.Options options, long timeLimitSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable,
                "-h", redis.host(), "-p", Integer.toString(redis.port()),
                "-c", Integer.toString(clients), "-n", Long.toString(requests), "-P", "1",
                "-r", Integer.toString(LARGEST_RANGE), "--csv",
                "EVALSHA", sha));
        List<String> keys = JoinScript.keys(eventId, "k" + UNIQUE);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(options.arguments("t" + UNIQUE, "u" + UNIQUE, "k" + UNIQUE));

        // To a file, not a pipe: a run that floods error lines must not block on a full pipe.
        Path log = Files.createTempFile("redis-benchmark", ".csv");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeLimitSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("redis-benchmark did not finish within " + timeLimitSeconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                throw new IOException("redis-benchmark failed (" + process.exitValue() + "): " + output);
            }
            return new Result(requestsPerSecond(output), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The rps column of the data row of {@code --csv} output: {@code "test","rps",...} then {@code "EVALSHA ...","12345.67",...}. */
    static double requestsPerSecond(String csv) throws IOException {
        for (String line : csv.split("\\R")) {
            String[] columns = line.split("\",\"");
            if (columns.length > 1 && !columns[0].equals("\"test")) {
                try {
                    return Double.parseDouble(columns[1]);
                } catch (NumberFormatException notTheDataRow) {
                    // keep looking
                }
            }
        }
        throw new IOException("no requests-per-second figure in redis-benchmark output:\n" + csv);
    }
}
