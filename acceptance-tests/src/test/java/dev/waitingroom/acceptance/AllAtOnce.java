package dev.waitingroom.acceptance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks on a thread each, released together by one latch once every thread stands ready, and
 * waits for all of their results. The results come back in the order of the tasks.
 */
final class AllAtOnce {

    // an upper bound for a whole crowd, so that a server that stops answering fails the scenario
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private AllAtOnce() {
    }

    static <T> List<T> run(List<Callable<T>> tasks) {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            if (!ready.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("only " + (tasks.size() - ready.getCount()) + " of " + tasks.size()
                        + " threads got ready");
            }
            go.countDown();
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> future : futures) {
                results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a task failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the tasks did not finish within " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the tasks", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
