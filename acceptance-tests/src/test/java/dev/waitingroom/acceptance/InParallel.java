package dev.waitingroom.acceptance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Many requests sent by a few threads, to prepare a crowd quickly; unlike {@link AllAtOnce}, nothing
 * here claims they arrive at the same moment. The results come back in the order of the inputs.
 */
final class InParallel {

    private static final int THREADS = 16;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private InParallel() {
    }

    static <T, R> List<R> map(List<T> inputs, Function<T, R> request) {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                futures.add(threads.submit(() -> request.apply(input)));
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a request failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the requests did not finish within " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the requests", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
