package org.mizan.cli.daemon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.mizan.cli.CliRun;
import org.mizan.cli.Main;
import org.mizan.cli.daemon.client.DaemonClient;

/**
 * The resident process runs a command as a process of its own would: the same files (byte for byte), stdout,
 * stderr and exit code, relative paths resolved in its working directory; it answers --status, ends on --stop and
 * when its jar changes, and a trusted rule's System.exit reaches the client as the error a process of its own
 * prints. Every process a test starts is ended after it.
 */
class DaemonTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path work;

    @TempDir
    Path runtime;

    private Path dir;
    private Path jarStandIn;
    private Process daemon;

    @BeforeEach
    void aProjectAndAPrivateDirectory() throws IOException {
        CliRun.copyInputs(work);
        dir = Files.createDirectory(runtime.resolve("d"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        // The build the process watches: here a file of its own, which a test can change.
        jarStandIn = Files.writeString(runtime.resolve("mizan.jar"), "build 1");
    }

    @AfterEach
    void noProcessLeftBehind() throws InterruptedException {
        if (daemon != null && daemon.isAlive()) {
            daemon.destroyForcibly();
            daemon.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommandThroughTheDaemonIsTheCommandInAProcessOfItsOwn() throws Exception {
        Run cold = inOwnProcess("generate");
        Map<String, byte[]> coldFiles = outputs();
        assertEquals(0, cold.code(), cold.err());
        startDaemon();
        for (int i = 0; i < 2; i++) {
            Run warm = throughDaemon("generate");
            assertEquals(cold, warm, "run " + (i + 1) + " through the daemon");
            Map<String, byte[]> warmFiles = outputs();
            assertEquals(coldFiles.keySet(), warmFiles.keySet());
            for (String name : coldFiles.keySet()) {
                assertArrayEquals(coldFiles.get(name), warmFiles.get(name), name + ", run " + (i + 1));
            }
        }

        CliRun.copyInputs(work.resolve("bad"));
        Files.writeString(work.resolve("bad/facts/actors.json"), "{ \"actors\": [ { \"id\": ");
        Run badCold = inOwnProcess("validate", "--facts", "bad/facts");
        assertEquals(1, badCold.code(), badCold.err());
        assertEquals(badCold, throughDaemon("validate", "--facts", "bad/facts"));

        Run usageCold = inOwnProcess("generate", "--no-such-option");
        assertEquals(2, usageCold.code(), usageCold.err());
        assertEquals(usageCold, throughDaemon("generate", "--no-such-option"));

        Run status = client("status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("background process " + daemon.pid() + " serves " + work.toRealPath()),
                status.out());
        assertTrue(status.out().contains("4 command(s) run"),
                status.out());

        Run stop = client("stop");
        assertEquals(0, stop.code(), stop.err());
        assertTrue(daemon.waitFor(30, TimeUnit.SECONDS), "the daemon ended when asked");
        assertFalse(Files.exists(dir.resolve("socket")), "its socket is removed");
        assertEquals(DaemonClient.NOT_RUN, throughDaemon("validate").code(), "nothing answers any more");
        assertEquals(1, client("status").code());
    }

    @Test
    void aTrustedRuleCallingSystemExitIsReportedToTheClientAndEndsTheDaemon() throws Exception {
        Files.writeString(work.resolve("rules/exits.drl"), "package org.mizan.rules;\n\nimport org.mizan.dossier.*;"
                + "\n\nrule \"Exits\"\nwhen\n    Actor()\nthen\n    System.exit(0);\nend\n");
        Run cold = inOwnProcess("validate", "--trust-rules");
        assertEquals(1, cold.code(), cold.err());
        assertTrue(cold.err().contains("a rule's action called System.exit"), cold.err());
        startDaemon();
        Run warm = throughDaemon("validate", "--trust-rules");
        assertEquals(cold.code(), warm.code(), warm.err());
        assertTrue(warm.err().endsWith("mizan: error: a rule's action called System.exit, which would have ended the"
                + " run unnoticed; the run was stopped and nothing was written. A rule run with --trust-rules can do"
                + " anything Java can: remove the call from the rule file\n"), warm.err());
        assertTrue(daemon.waitFor(30, TimeUnit.SECONDS), "the daemon ended with the rule's call");
    }

    @Test
    void aNewBuildEndsTheDaemon() throws Exception {
        startDaemon();
        assertEquals(0, client("status").code());
        Files.writeString(jarStandIn, "build 2");
        Files.setLastModifiedTime(jarStandIn, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(daemon.waitFor(60, TimeUnit.SECONDS), "the daemon ended when its jar changed");
        assertFalse(Files.exists(dir.resolve("socket")));
    }

    @Test
    void theClientNeedsNothingButJavaBase() {
        noClasses().that().resideInAPackage("org.mizan.cli.daemon.client..").should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.mizan.cli.daemon.client..")
                .check(new ClassFileImporter().importPackages("org.mizan.cli.daemon.client"));
    }

    record Run(int code, String out, String err) {
    }

    private Run inOwnProcess(String... args) throws Exception {
        return process(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dmizan.rule.cache="
                + runtime.resolve("rule-cache"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()), args);
    }

    private void startDaemon() throws Exception {
        daemon = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dmizan.rule.cache="
                + runtime.resolve("rule-cache"), "-cp", System.getProperty("java.class.path"), Daemon.class.getName(),
                dir.toString(), jarStandIn.toString(), "600").directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
    }

    private Run throughDaemon(String... args) throws Exception {
        List<String> request = new ArrayList<>(List.of("run", "--wait", Long.toString(daemon.pid()), "--"));
        request.addAll(Arrays.asList(args));
        return client(request.toArray(String[]::new));
    }

    private Run client(String... request) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xint", "-cp", System.getProperty("java.class.path"),
                DaemonClient.class.getName(), dir.toString()));
        return process(command, request);
    }

    private Run process(List<String> start, String... args) throws Exception {
        List<String> command = new ArrayList<>(start);
        command.addAll(Arrays.asList(args));
        Path out = runtime.resolve("stdout");
        Path err = runtime.resolve("stderr");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Every file of the set out/ points at, by name. */
    private Map<String, byte[]> outputs() throws IOException {
        Path root = work.resolve("out").toRealPath();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> found = Files.walk(root)) {
            for (Path f : found.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
