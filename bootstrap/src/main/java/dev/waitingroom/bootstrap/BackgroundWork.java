package dev.waitingroom.bootstrap;

import dev.waitingroom.adapter.http.RepeatedFailureLog;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;

/**
 * The home of work that no request drives (watching the store, the event gauges, admission steps, hold
 * expiry, reading the feature flags). Each job runs again a period after its last run ended, plus a random jitter so that many
 * gateways do not act in step; a job that fails is logged and runs again. It starts once everything
 * else is up and, on shutdown, stops first: before the HTTP server and the store close under it.
 */
public final class BackgroundWork implements SmartLifecycle {

    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** A job that keeps failing the same way is told about once a minute, not every run. */
    private static final Duration REPEATED_FAILURE_QUIET = Duration.ofMinutes(1);

    /**
     * @param jitter up to this much is added to each wait at random
     */
    public record Job(String name, Duration period, Duration jitter, Runnable task) {

        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(task, "task");
            if (period.isNegative() || period.isZero() || jitter.isNegative()) {
                throw new IllegalArgumentException("a job needs a positive period and a jitter of zero or more");
            }
        }
    }

    private final List<Job> jobs;
    private final RepeatedFailureLog failures = new RepeatedFailureLog(LOG, Clock.systemUTC(), REPEATED_FAILURE_QUIET);
    private volatile ScheduledExecutorService scheduler;

    public BackgroundWork(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        // virtual threads: a job waiting on the store holds no platform thread
        scheduler = Executors.newScheduledThreadPool(Math.max(1, jobs.size()), Thread.ofVirtual().name("background-", 0).factory());
        for (Job job : jobs) {
            scheduleNext(scheduler, job, new AtomicBoolean());
        }
        LOG.log(Level.INFO, "background work started: " + jobs.stream().map(Job::name).toList());
    }

    /** Stops scheduling, interrupts jobs that are running and waits a little for them to end. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = scheduler;
        if (running == null) {
            return;
        }
        scheduler = null;
        running.shutdownNow();
        try {
            if (!running.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "background work did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "background work stopped");
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** @param failing whether the job's last run failed, so that its recovery is told once */
    private void scheduleNext(ScheduledExecutorService on, Job job, AtomicBoolean failing) {
        long wait = job.period().toMillis() + (job.jitter().isZero() ? 0 : ThreadLocalRandom.current().nextLong(job.jitter().toMillis() + 1));
        try {
            on.schedule(() -> runOnce(on, job, failing), wait, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // stop() shut the scheduler down between this run and the next: nothing more to do
        }
    }

    private void runOnce(ScheduledExecutorService on, Job job, AtomicBoolean failing) {
        try {
            job.task().run();
            if (failing.getAndSet(false)) {
                LOG.log(Level.INFO, "background job " + job.name() + " works again");
            }
        } catch (RuntimeException e) {
            failures.log(job.name(), Level.WARNING, () -> "background job " + job.name() + " failed: " + e, e);
            failing.set(true);
        } finally {
            if (!on.isShutdown()) {
                scheduleNext(on, job, failing);
            }
        }
    }
}
