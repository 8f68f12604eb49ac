package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.pipeline.Workbench;

/** One slow view neither outlives its time limit nor holds up the other views, even while a reload waits. */
class ViewLimitTest {

    @TempDir
    Path root;

    @Test
    void aViewPastItsTimeLimitGets503() {
        try (Engine engine = new Engine(new Workbench(new TestProject(root).dirs), Duration.ofMillis(300))) {
            BadRequest e = assertThrows(BadRequest.class, () -> engine.read(snapshot -> {
                long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();   // not interruptible: the request must not wait for it anyway
                }
                return "too late";
            }));
            assertEquals(503, e.status());
            assertEquals("quick", engine.read(snapshot -> "quick"), "the engine still serves");
        }
    }

    @Test
    void aReloadWaitingForASlowViewDoesNotHoldUpTheOtherViews() throws Exception {
        try (Engine engine = new Engine(new Workbench(new TestProject(root).dirs), Duration.ofMinutes(10))) {
            CountDownLatch slowStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> engine.read(snapshot -> {
                slowStarted.countDown();
                await(release);
                return "slow";
            }));
            assertTrue(slowStarted.await(5, TimeUnit.MINUTES));
            CompletableFuture<Void> reload = CompletableFuture.runAsync(engine::reload);
            Thread.sleep(200);   // the reload is now waiting for the write lock
            assertEquals("quick", CompletableFuture.supplyAsync(() -> engine.read(snapshot -> "quick"))
                    .get(5, TimeUnit.MINUTES), "a queued reload would make this view wait behind the slow one");
            assertTrue(!reload.isDone(), "the reload waits for the slow view");
            release.countDown();
            assertEquals("slow", slow.get(5, TimeUnit.MINUTES));
            reload.get(5, TimeUnit.MINUTES);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
