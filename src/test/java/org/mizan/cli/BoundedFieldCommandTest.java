package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FieldLength;

/**
 * A megabyte pasted into one field of a fact, a scenario or a template: `validate` and `generate` name the file,
 * line and column, exit 1, and write nothing, instead of hanging in the PDF's line breaking.
 */
class BoundedFieldCommandTest {

    private static final String MEGABYTE = "نص ملصوق ".repeat(1 << 17);
    private static final String TOO_LONG = " characters long; a field may hold at most " + FieldLength.MAX;

    @TempDir
    Path work;

    @Test
    void aMegabyteInAFactIsRefusedByValidateAndGenerate() throws IOException {
        CliRun.copyInputs(work);
        String expected = paste(work.resolve("facts/actors.json"), "ar");
        for (String[] command : new String[][] {{"validate"}, {"generate", "--out", work.resolve("out").toString()}}) {
            CliRun run = CliRun.of(GenerateCommandTest.prepend(command[0], CliRun.inputArgs(work,
                    java.util.Arrays.copyOfRange(command, 1, command.length))));
            assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
            assertEquals(expected, firstLine(run));
        }
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
    }

    @Test
    void aMegabyteInAScenarioIsRefused() throws IOException {
        CliRun.copyInputs(work);
        Path scenario = work.resolve("facts/scenarios/sdf-integrated.json");
        String expected = paste(scenario, "en");
        CliRun run = CliRun.of(GenerateCommandTest.prepend("generate", CliRun.inputArgs(work, "--scenario",
                "sdf-integrated", "--out", work.resolve("out").toString())));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, firstLine(run));
    }

    @Test
    void aMegabyteParagraphInATemplateIsRefused() throws IOException {
        CliRun.copyInputs(work);
        Path template = work.resolve("templates/en/background.mustache");
        Files.writeString(template, "Pasted:\n" + MEGABYTE + "\n\n" + Files.readString(template));
        CliRun run = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(DisplayPaths.of(template) + ":1:1: error: a paragraph is " + ("Pasted:\n" + MEGABYTE).length()
                + TOO_LONG + ": keep the passage that matters (the whole text belongs in the source)",
                firstLine(run));
    }

    /** Puts the megabyte into the first value of {@code key}; the error that should be reported. */
    private static String paste(Path file, String key) throws IOException {
        String text = Files.readString(file);
        int quote = text.indexOf("\"" + key + "\": \"") + key.length() + 4;
        int length = MEGABYTE.length() + text.indexOf('"', quote + 1) - quote - 1;
        Files.writeString(file, text.substring(0, quote + 1) + MEGABYTE + text.substring(quote + 1));
        String before = text.substring(0, quote);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = quote - before.lastIndexOf('\n');
        return DisplayPaths.of(file) + ":" + line + ":" + column + ": error: \"" + key + "\" is " + length + TOO_LONG
                + ": keep the passage that matters (the whole text belongs in the source)";
    }

    private static String firstLine(CliRun run) {
        return run.err().lines().findFirst().orElse("");
    }
}
