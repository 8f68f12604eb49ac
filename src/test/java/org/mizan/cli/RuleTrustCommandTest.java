package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.problem.DisplayPaths;

/**
 * A rule file from a colleague is code: the audit's forms (reading a file, starting a process, opening a socket,
 * ending the process, reflection by a class's name, a fully qualified file call) are each refused with a located
 * error naming the call by every command that loads rules, and run only when the analyst says --trust-rules.
 */
class RuleTrustCommandTest {

    private static final String HEADER = String.join("\n", "package org.mizan.rules;", "",
            "import org.mizan.dossier.*;", "import org.mizan.inference.*;", "", "rule \"A colleague's rule\"", "when",
            "    $actor : Actor()", "then", "");
    private static final String REST = "\nend\n";

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "new java.io.FileReader(\"id_rsa\").read();|java.io.FileReader|files",
        "new ProcessBuilder(\"sh\", \"-c\", \"id\").start();|ProcessBuilder|processes",
        "new java.net.Socket(\"127.0.0.1\", 9).getOutputStream();|java.net.Socket|the network",
        "System.exit(0);|System.exit|System",
        "Class.forName(\"java.lang.Runtime\");|Class.forName|reflection",
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"id_rsa\"));|java.nio.file.Files.readString|files"})
    void eachFormIsRefusedByValidateAndGenerateAtItsPlace(String action, String named, String why)
            throws IOException {
        Path rule = Files.writeString(work.resolve("rules/colleague.drl"), HEADER + "    " + action + REST);
        String expected = DisplayPaths.of(rule) + ":10:5: error: " + named + " is not allowed in a rule file (" + why
                + "): rules may use only the rule API and plain Java over facts; if you trust this file, run with"
                + " --trust-rules (rules/README.md)";
        assertFirstLine(run("validate"), expected);
        assertFirstLine(run("generate", "--out", work.resolve("out").toString(), "--format", "json"), expected);
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"check,", "sensitivity,", "explain,coalition", "diff,coalition-drawdown", "ids,"})
    void everyCommandThatLoadsRulesRefusesThem(String command, String argument) throws IOException {
        Path rule = Files.writeString(work.resolve("rules/colleague.drl"), HEADER + "    System.exit(0);" + REST);
        CliRun run = argument == null ? run(command) : run(command, argument);
        assertEquals(DisplayPaths.of(rule) + ":10:5: error: System.exit is not allowed in a rule file (System)",
                run.err().lines().findFirst().orElse("").replaceFirst(": rules may use.*", ""), run.err());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
    }

    /** Trusted, the same file runs: its action writes a file (the forms that would end or harm the run never fire). */
    @Test
    void withTrustRulesTheFormsRun() throws IOException {
        Path marker = work.resolve("the-rule-ran.txt");
        String action = String.join("\n",
                "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\");",
                "    if ($actor.id().equals(\"no-such-actor\")) {",
                "        new java.io.FileReader(\"id_rsa\").read();",
                "        new ProcessBuilder(\"sh\", \"-c\", \"id\").start();",
                "        new java.net.Socket(\"127.0.0.1\", 9).getOutputStream();",
                "        Class.forName(\"java.lang.Runtime\");",
                "        System.exit(0);",
                "    }");
        Files.writeString(work.resolve("rules/colleague.drl"), HEADER + "    try {\n" + action
                + "\n    } catch (Exception e) {\n        throw new RuntimeException(e);\n    }" + REST);
        CliRun validate = run("validate", "--trust-rules");
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("note: rules trusted (--trust-rules): their code was not checked and runs"
                + " with your permissions"), validate.out());
        assertEquals("ran", Files.readString(marker));
        Files.delete(marker);
        CliRun generate = run("generate", "--trust-rules", "--out", work.resolve("out").toString(), "--format", "json");
        assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
        assertTrue(Files.exists(marker), "generate ran the trusted rule too");
    }

    /** A trusted rule that calls System.exit(0) no longer ends the run silently with 0 (a separate process). */
    @Test
    void aTrustedRuleThatExitsIsReportedWithExitOne() throws IOException, InterruptedException {
        Files.writeString(work.resolve("rules/colleague.drl"), HEADER + "    System.exit(0);" + REST);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "validate", "--trust-rules"));
        command.addAll(List.of(CliRun.inputArgs(work)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCode.INVALID_INPUT, p.exitValue(), output);
        assertTrue(output.contains("mizan: error: a rule's action called System.exit, which would have ended the run"
                + " unnoticed; the run was stopped and nothing was written"), output);
    }

    private CliRun run(String command, String... more) {
        return CliRun.of(GenerateCommandTest.prepend(command, CliRun.inputArgs(work, more)));
    }

    private static void assertFirstLine(CliRun run, String expected) {
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
