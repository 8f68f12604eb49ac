package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a file the analyst edits gets `file:line:col: error: what`, exit code 1, no stack trace and no
 * change in out/; a mistake on the command line gets exit code 2.
 */
class BadInputTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void validatePassesOnTheShippedInputsAndWritesNothing() throws IOException {
        CliRun run = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ok:"), run.out());
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(3, files.count(), "validate writes nothing");
        }
    }

    @Test
    void brokenJsonIsReportedWithFileLineAndColumn() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        String text = Files.readString(actors);
        Files.writeString(actors, text.replaceFirst("\\{", "{ \"id\" \"oops\","));
        CliRun run = validate();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertMatches("actors\\.json:\\d+:\\d+: error: ", run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        String text = Files.readString(actors);
        Files.writeString(actors, text.replaceFirst("\"kind\"", "\"knid\""));
        CliRun run = validate();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertMatches("actors\\.json:\\d+:\\d+: error: .*knid", run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aBrokenRuleIsReportedAtItsLine() throws IOException {
        Path drl = anyRuleFile();
        Files.writeString(drl, Files.readString(drl).replaceFirst("\\bthen\\b", "then )("));
        CliRun run = validate();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertMatches(Pattern.quote(drl.getFileName().toString()) + ":\\d+(:\\d+)?: error: ", run.err());
        assertFalse(run.err().contains("null Package"), "the spurious parser message is dropped");
        assertNoStackTrace(run);
    }

    @Test
    void aFailedGenerateLeavesOutAsItWas() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        byte[] old = "the last good brief".getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve("brief-en.pdf"), old);
        Path drl = anyRuleFile();
        Files.writeString(drl, Files.readString(drl) + "\nrule \"half written\" when then");
        CliRun run = CliRun.of(GenerateCommandTest.prepend("generate",
                CliRun.inputArgs(work, "--out", out.toString())));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertArrayEquals(old, Files.readAllBytes(out.resolve("brief-en.pdf")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "no other file appeared in out/");
        }
    }

    @Test
    void aBadOptionIsAUsageError() {
        CliRun run = CliRun.of("generate", "--lang", "fr");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("fr"), run.err());
    }

    private CliRun validate() {
        return CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
    }

    private Path anyRuleFile() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("rules"))) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }

    private static void assertMatches(String regex, String text) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), "expected /" + regex + "/ in:\n" + text);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose:\n" + run.err());
    }
}
