package dev.waitingroom.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class BackgroundWorkTest {

    private static final Duration QUICK = Duration.ofMillis(10);

    @Test
    void aJobRunsAgainAndAgainAndAFailureDoesNotEndIt() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch fiveRuns = new CountDownLatch(5);
        BackgroundWork work = new BackgroundWork(List.of(new BackgroundWork.Job("flaky", QUICK, QUICK, () -> {
            fiveRuns.countDown();
            if (runs.incrementAndGet() % 2 == 1) {
                throw new IllegalStateException("every other run fails");
            }
        })));

        work.start();
        try {
            assertThat(fiveRuns.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            work.stop();
        }
        assertThat(work.isRunning()).isFalse();
    }

    @Test
    void everyJobRunsOnItsOwn() throws InterruptedException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch quickRanTwice = new CountDownLatch(2);
        BackgroundWork work = new BackgroundWork(List.of(
                new BackgroundWork.Job("slow", QUICK, Duration.ZERO, () -> {
                    slowStarted.countDown();
                    try {
                        Thread.sleep(Duration.ofMinutes(1)); // a store call that hangs; stop() interrupts it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }),
                new BackgroundWork.Job("quick", QUICK, Duration.ZERO, quickRanTwice::countDown)));

        work.start();
        try {
            assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(quickRanTwice.await(10, TimeUnit.SECONDS)).as("a hanging job does not hold the others up").isTrue();
        } finally {
            work.stop();
        }
    }

    /** Spring stops lifecycle beans before it destroys the others: the work ends before the server stops. */
    @Test
    void onShutdownTheWorkStopsBeforeAnythingElseIsDestroyed() {
        List<String> events = new CopyOnWriteArrayList<>();
        BackgroundWork work = new BackgroundWork(List.of(new BackgroundWork.Job("idle", Duration.ofHours(1), Duration.ZERO, () -> { })));
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean("backgroundWork", BackgroundWork.class, () -> work);
        context.registerBean("httpServer", AutoCloseable.class,
                () -> () -> events.add("server stopped while the work was " + (work.isRunning() ? "running" : "stopped")));
        context.refresh();
        assertThat(work.isRunning()).as("started with the context").isTrue();

        context.close();

        assertThat(events).containsExactly("server stopped while the work was stopped");
    }
}
