package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` as a process, stopped the ways a user stops it while a view computes (a rule whose action spins, with a
 * time budget of ten minutes: without a bounded stop the process would outlive the test): Ctrl-C (SIGINT) and
 * SIGTERM end it within 2 s with the shell's usual status, and a rule calling System.exit does not end it silently.
 */
class ServeStopTest {

    private static final Pattern LISTENING = Pattern.compile("Mizan workbench on http://127\\.0\\.0\\.1:(\\d+)/");
    /** Spins only in a what-if without the partner force, so the server starts and its baseline loads. */
    private static final String SPINS = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\n"
            + "rule \"Spins without the partner force\"\nwhen\n    not Actor(id == \"sdf\")\nthen\n    long n = 1;\n"
            + "    while (n > 0) { n = n * 3 + 1; if (n < 0) { n = 1; } }\nend\n";
    private static final String EXITS = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\n"
            + "rule \"Exits without the partner force\"\nwhen\n    not Actor(id == \"sdf\")\nthen\n"
            + "    System.exit(0);\nend\n";
    private static final Duration STOP_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsServeWithinTwoSecondsDuringAHeavyView() throws Exception {
        assumeFalse(sigintIgnored(), "this JVM was started with SIGINT ignored, which its children inherit");
        Served served = serveWith(SPINS);
        served.viewWithoutThePartnerForce();
        Duration took = served.signal("INT");
        assertTrue(took.compareTo(STOP_LIMIT) <= 0, "stopped after " + took.toMillis() + " ms");
        assertEquals(130, served.process.exitValue(), served.err());
        assertFalse(served.err().contains("System.exit"), served.err());
    }

    @Test
    void sigtermStopsServeWithinTwoSecondsDuringAHeavyView() throws Exception {
        Served served = serveWith(SPINS);
        served.viewWithoutThePartnerForce();
        long start = System.nanoTime();
        served.process.destroy();   // SIGTERM
        assertTrue(served.process.waitFor(1, TimeUnit.MINUTES));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(STOP_LIMIT) <= 0, "stopped after " + took.toMillis() + " ms");
        assertEquals(143, served.process.exitValue(), served.err());
    }

    @Test
    void aRuleCallingSystemExitDoesNotEndServeSilently() throws Exception {
        Served served = serveWith(EXITS);
        served.viewWithoutThePartnerForce();
        assertTrue(served.process.waitFor(2, TimeUnit.MINUTES), "the rule's System.exit ends the process");
        assertTrue(served.process.exitValue() != 0, "exit " + served.process.exitValue());
        assertTrue(served.err().contains("System.exit"), served.err());
    }

    /** A copy of the project's inputs with {@code rule} added, served by a process of its own on a free port. */
    private Served serveWith(String rule) throws IOException {
        CliRun.copyInputs(dir);
        Files.writeString(dir.resolve("rules/stop-test.drl"), rule);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+UseSerialGC", "-Dmizan.inference.seconds=600", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--out", dir.resolve("out").toString()));
        command.addAll(List.of(CliRun.inputArgs(dir)));
        if (trustOptionExists()) {
            command.add("--trust-rules");   // rules that may run any code are refused unless trusted
        }
        Path err = dir.resolve("serve.err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = LISTENING.matcher(line == null ? "" : line);
        assertTrue(m.find(), "serve started: " + line + "\n" + Files.readString(err));
        return new Served(process, Integer.parseInt(m.group(1)), err);
    }

    private static boolean trustOptionExists() {
        return CliRun.of("serve", "--help").out().contains("--trust-rules");
    }

    /** Whether SIGINT (signal 2) is in this process's ignored set, as in a background job of a script. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 2) != 0;
            }
        }
        return false;
    }

    private record Served(Process process, int port, Path errFile) {

        /** Asks for a what-if whose run of the rules spins (or exits), and gives it time to get there. */
        void viewWithoutThePartnerForce() throws InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?fact=sdf"))
                    .build();
            CompletableFuture<HttpResponse<String>> view = HttpClient.newHttpClient().sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(5_000);
            assertFalse(view.isDone() && process.isAlive(), "the view is still computing when the test goes on");
        }

        Duration signal(String name) throws Exception {
            long start = System.nanoTime();
            new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "serve ended at all");
            return Duration.ofNanos(System.nanoTime() - start);
        }

        String err() throws IOException {
            return Files.readString(errFile);
        }
    }
}
