package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.pipeline.Workbench;

/**
 * One slow view neither outlives its time limit nor holds up the other views, even while a reload waits, and a
 * view given up on stops computing.
 */
class ViewLimitTest {

    /** Spins only in a what-if without the partner force, so the baseline loads. */
    private static final String SPINS = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\n"
            + "rule \"Spins without the partner force\"\nwhen\n    not Actor(id == \"sdf\")\nthen\n    long n = 1;\n"
            + "    while (n > 0) { n = n * 3 + 1; if (n < 0) { n = 1; } }\nend\n";

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

    /**
     * A what-if whose run of the rules spins (a rule that loops without the partner force): past the view's limit
     * the request gets its 503 and the run is cancelled, not left to spin until the rules' own 15 s budget ends
     * it. Measured as the CPU time of Mizan's threads, which stops growing within a few seconds of the 503.
     */
    @Test
    void aViewPastItsTimeLimitLeavesNoComputationRunning() throws Exception {
        TestProject project = new TestProject(root);
        Files.writeString(project.root.resolve("rules/spins.drl"), SPINS);
        try (Engine engine = new Engine(new Workbench(project.dirs), Duration.ofMillis(500))) {
            Map<String, List<String>> withoutSdf = Map.of("fact", List.of("sdf"));
            BadRequest e = assertThrows(BadRequest.class, () -> engine.read(snapshot ->
                    Analysis.of(snapshot, WhatIf.parse(withoutSdf, snapshot))));
            assertEquals(503, e.status());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long busy;
            do {
                long before = mizanThreadsCpu();
                Thread.sleep(1_000);
                busy = mizanThreadsCpu() - before;
            } while (busy > Duration.ofMillis(50).toNanos() && System.nanoTime() < deadline);
            assertTrue(busy <= Duration.ofMillis(50).toNanos(), "Mizan's threads still computing: "
                    + busy / 1_000_000 + " ms of CPU in the last second");
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

    /** CPU time of the threads Mizan names (views, runs of the rules, the competing-hypotheses run). */
    private static long mizanThreadsCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("mizan-")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
