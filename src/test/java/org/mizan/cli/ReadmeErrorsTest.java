package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error example in README.md, reproduced: if the messages change, the README must change with them. */
class ReadmeErrorsTest {

    @TempDir
    Path work;

    @Test
    void theReadmesExampleIsWhatAnAnalystSees() throws IOException {
        CliRun.copyInputs(work);
        replaceFirst(work.resolve("facts/bases.json"), "\"operator\": \"coalition\"", "\"operator\": \"usa\"");
        replaceFirst(work.resolve("rules/risks-credibility.drl"), "Claim(", "Claim((");
        CliRun run = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        String readme = Files.readString(CliRun.projectDir().resolve("README.md"));
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        for (String line : lines) {
            String asInReadme = line.replace(work.toString() + "/", "");
            assertTrue(readme.contains(asInReadme), "README.md should show: " + asInReadme);
        }
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
