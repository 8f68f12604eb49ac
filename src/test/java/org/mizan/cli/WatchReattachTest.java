package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `watch` keeps listening to a folder that is deleted and made again (a checkout, a restore): the deletion is reported
 * as a problem, the restored folder regenerates, and a later save in it is heard too.
 */
class WatchReattachTest {

    @TempDir
    Path work;

    @Test
    void aDeletedAndRestoredFactsFolderIsWatchedAgain() throws Exception {
        CliRun.copyInputs(work);
        Path facts = work.resolve("facts");
        Path backup = work.resolve("facts-backup");
        copyTree(facts, backup);
        Path out = work.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int[] exit = {-1};
        Thread loop = new Thread(() -> exit[0] = Main.run(GenerateCommandTest.prepend("watch",
                CliRun.inputArgs(work, "--out", out.toString(), "--scenario", "coalition-drawdown")),
                new PrintWriter(stdout, true), new PrintWriter(stderr, true)));
        loop.start();
        try {
            waitFor(() -> stdout.toString().contains("watching"), "the first run");

            deleteTree(facts);
            waitFor(() -> stderr.toString().contains("not regenerated"), "the missing facts/ to be reported");

            copyTree(backup, facts);
            waitFor(() -> lines(stdout) >= 3, "a regeneration once facts/ is back");

            Path scenario = facts.resolve("scenarios/coalition-drawdown.json");
            Files.writeString(scenario, Files.readString(scenario).replace("funding and oil-field protection to end",
                    "funding and oil-field protection to stop"));
            waitFor(() -> lines(stdout) >= 4, "the save in the restored folder to be heard:\n" + stdout);
        } finally {
            loop.interrupt();
            loop.join(10_000);
        }
        assertEquals(ExitCode.OK, exit[0], stderr.toString());
    }

    private static long lines(StringWriter out) {
        return out.toString().lines().count();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
