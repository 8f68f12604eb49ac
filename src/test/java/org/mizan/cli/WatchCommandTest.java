package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `watch` for real: file-system events drive regeneration; a broken save is reported and out/ stays. */
class WatchCommandTest {

    @TempDir
    Path work;

    @Test
    void regeneratesOnSaveAndReportsABrokenSave() throws Exception {
        CliRun.copyInputs(work);
        Path out = work.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int[] exit = {-1};
        Thread loop = new Thread(() -> exit[0] = Main.run(GenerateCommandTest.prepend("watch",
                CliRun.inputArgs(work, "--out", out.toString())), new PrintWriter(stdout, true),
                new PrintWriter(stderr, true)));
        loop.start();
        try {
            waitFor(() -> stdout.toString().contains("watching"), "the first run");
            byte[] before = Files.readAllBytes(out.resolve("findings.json"));

            Files.delete(work.resolve("rules/risks-credibility.drl"));
            waitFor(() -> stdout.toString().contains(" disappeared, "), "a regeneration after the rule edit");
            assertTrue(!stdout.toString().contains(" 0 disappeared, "), "the deleted rules' risks are gone");
            assertTrue(stdout.toString().contains("findings.json"), stdout.toString());
            assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("findings.json"))));

            byte[] lastGood = Files.readAllBytes(out.resolve("findings.json"));
            Files.writeString(work.resolve("rules/broken.drl"), "package x;\nrule \"half\" when then");
            waitFor(() -> stderr.toString().contains("not regenerated"), "the broken save to be reported");
            assertTrue(stderr.toString().contains("broken.drl:"), stderr.toString());
            assertTrue(java.util.Arrays.equals(lastGood, Files.readAllBytes(out.resolve("findings.json"))));
        } finally {
            loop.interrupt();
            loop.join(10_000);
        }
        assertEquals(ExitCode.OK, exit[0], stderr.toString());
    }

    /** Polls, because file-system events arrive when the operating system sends them; gives up after 60 s. */
    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
