package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * Invisible characters that reorder or hide text (the "Trojan Source" pattern) never reach a brief: each is a located
 * error in English text and in ids; Arabic text may hold the direction marks and the non-joiner it needs.
 */
class InvisibleCharactersTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void aRightToLeftOverrideInAnActorsEnglishNameIsALocatedError() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        replaceFirst(actors, "\"en\": \"the United States\"", "\"en\": \"the United \u202EStates\"");
        assertFirstLine(validate(), DisplayPaths.of(actors) + ":36:17: error: \"en\" holds the invisible character"
                + " U+202E (right-to-left override) at character 12, which reorders the text around it without being"
                + " seen: remove it");
    }

    @Test
    void aZeroWidthSpaceInAnIdIsALocatedError() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        replaceFirst(actors, "\"id\": \"france\"", "\"id\": \"fra\u200Bnce\"");
        assertFirstLine(validate(), DisplayPaths.of(actors) + ":47:7: error: \"id\" holds the invisible character"
                + " U+200B (zero width space) at character 4, which hides in the text without being seen: remove it");
    }

    @Test
    void aRightToLeftMarkInArabicTextIsAccepted() throws IOException {
        replaceFirst(work.resolve("facts/actors.json"), "\"ar\": \"فرنسا\"", "\"ar\": \"فرن\u200Fسا\"");
        replaceFirst(work.resolve("templates/ar/labels.json"), "\"مصادر مفتوحة",
                "\"مصادر\u200C\u200F مفتوحة");
        CliRun run = validate();
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void anIsolateInATemplateSentenceIsLocatedAtItsCharacter() throws IOException {
        Path template = work.resolve("templates/en/bottom-line.mustache");
        Files.writeString(template, "\n  \u2067" + Files.readString(template));
        assertFirstLine(validate(), DisplayPaths.of(template) + ":2:3: error: the template holds the invisible"
                + " character U+2067 (right-to-left isolate), which reorders the text around it without being seen:"
                + " remove it");
    }

    @Test
    void aZeroWidthJoinerInAScenarioTitleIsALocatedError() throws IOException {
        Path scenario = work.resolve("facts/scenarios/coalition-drawdown.json");
        replaceFirst(scenario, "\"en\": \"Coalition drawdown", "\"en\": \"Coalition\u200D drawdown");
        assertFirstLine(validate(), at(scenario, "\"en\": \"Coalition\u200D") + ": error: \"en\" holds the invisible"
                + " character U+200D (zero width joiner) at character 10, which hides in the text without being seen:"
                + " remove it");
    }

    /** A rule file is code: an override there is the "Trojan Source" pattern, the rule doing other than it reads. */
    @Test
    void anOverrideInARuleFileIsLocatedAtItsCharacter() throws IOException {
        Path rules = Files.writeString(work.resolve("rules/trojan.drl"), String.join("\n", "package org.mizan.rules;",
                "", "import org.mizan.dossier.*;", "", "rule \"Reads one way\"", "when",
                "    Actor(id == \"sdf\") // \u202E } ;eurt(lave", "then", "end", ""));
        assertFirstLine(validate(), DisplayPaths.of(rules) + ":7:27: error: the rule file holds the invisible"
                + " character U+202E (right-to-left override), which reorders the text around it without being seen:"
                + " remove it");
    }

    private CliRun validate() {
        return CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
    }

    private static void assertFirstLine(CliRun run, String expected) {
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    /** The file, line and column where {@code snippet} starts, as an error names them. */
    private static String at(Path file, String snippet) throws IOException {
        String text = Files.readString(file);
        int offset = text.indexOf(snippet);
        assertTrue(offset >= 0, snippet);
        long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return DisplayPaths.of(file) + ":" + line + ":" + (offset - text.lastIndexOf('\n', offset - 1));
    }

    private static void replaceFirst(Path file, String what, String with) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(what), what);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(what),
                java.util.regex.Matcher.quoteReplacement(with)));
    }
}
