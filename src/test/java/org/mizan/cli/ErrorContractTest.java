package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * The holes an audit found in the error contract, each closed with one located line (exit 1, no stack trace): the
 * first line of each is asserted exactly.
 */
class ErrorContractTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void outNamingAFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(work.resolve("briefs.txt"), "notes");
        CliRun run = generate("--out", file.toString());
        assertFirstLine(run, DisplayPaths.of(file)
                + ": error: --out names a file, not a folder; give a folder for the briefs (e.g. --out out)");
        assertEquals("notes", Files.readString(file));
    }

    @Test
    void outBelowAFileIsRefused() throws IOException {
        Path file = Files.writeString(work.resolve("briefs.txt"), "notes");
        CliRun run = generate("--out", file.resolve("out").toString());
        assertFirstLine(run, DisplayPaths.of(file.resolve("out")) + ": error: " + DisplayPaths.of(file)
                + " is a file, so no folder can be made below it; choose another folder with --out");
    }

    @Test
    void outThatIsAFolderOfOtherFilesIsNotTakenOver() throws IOException {
        Path documents = Files.createDirectories(work.resolve("documents"));
        Files.writeString(documents.resolve("letter.txt"), "keep me");
        CliRun run = generate("--out", documents.toString());
        assertFirstLine(run, DisplayPaths.of(documents) + ": error: this folder holds "
                + DisplayPaths.of(documents.resolve("letter.txt"))
                + ", which Mizan did not write; give --out a new or empty folder, or one Mizan wrote");
        assertEquals("keep me", Files.readString(documents.resolve("letter.txt")));
    }

    /** generate once took this folder for an older out/, moved it into .out.sets/1 and exited 0. */
    @Test
    void outThatIsALinkToAFolderOfOtherFilesIsNotTakenOver() throws IOException {
        Path shared = Files.createDirectories(work.resolve("shared-briefs"));
        Files.writeString(shared.resolve("notes.txt"), "keep me");
        Path out = Files.createSymbolicLink(work.resolve("out"), Path.of("shared-briefs"));
        CliRun run = generate("--out", out.toString(), "--format", "json");
        assertFirstLine(run, DisplayPaths.of(out) + ": error: this link leads to " + DisplayPaths.of(shared.toRealPath())
                + ", a folder that holds " + DisplayPaths.of(shared.toRealPath().resolve("notes.txt"))
                + ", which Mizan did not write; give --out a new or empty folder, or one Mizan wrote");
        assertEquals("keep me", Files.readString(shared.resolve("notes.txt")));
        assertEquals(Path.of("shared-briefs"), Files.readSymbolicLink(out));
    }

    /** 200 MB once ended in an out-of-memory trace under a 1 GB heap: the size is checked before a byte is read. */
    @Test
    void aHugeFactsFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = work.resolve("facts/pasted.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertFirstLine(validate(), DisplayPaths.of(huge)
                + ":1:1: error: the file is 200 MB; a fact file may be at most 10 MB: split it into several files");
    }

    @Test
    void aTemplatePartialLinkedOutsideTemplatesIsRefused() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "not for the brief");
        Path partial = Files.createSymbolicLink(work.resolve("templates/en/_leak.mustache"), secret);
        assertFirstLine(validate(), DisplayPaths.of(partial) + ": error: the file is a link to " + secret.toRealPath()
                + ", outside " + DisplayPaths.of(work.resolve("templates/en")) + ": a template is read only from its"
                + " own folder; copy the file here instead of linking it");
    }

    @Test
    void aNumberWhereTextBelongsIsRefused() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        replaceFirst(actors, "\"id\": \"global-coalition\"", "\"id\": 42");
        assertFirstLine(validate(), DisplayPaths.of(actors) + ":8:7: error: \"id\" must be text in quotes, not 42"
                + " (write \"42\")");
    }

    @Test
    void aNulCharacterIsRefused() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        replaceFirst(actors, "\"en\": \"Global Coalition", "\"en\": \"Globa\\u0000l Coalition");
        assertFirstLine(validate(), DisplayPaths.of(actors)
                + ":9:17: error: \"en\" holds the control character U+0000 at character 6: remove it");
    }

    @Test
    void aLoneSurrogateIsRefused() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        replaceFirst(actors, "\"en\": \"Global Coalition", "\"en\": \"Globa\\ud800l Coalition");
        assertFirstLine(validate(), DisplayPaths.of(actors) + ":9:17: error: \"en\" holds half of a surrogate pair"
                + " (U+D800) at character 6, which is not a character: write the whole character or its two \\u escapes");
    }

    /** The same holds for every file whose text reaches the brief: labels, the risk wording, templates. */
    @Test
    void aControlCharacterInALabelIsRefused() throws IOException {
        Path labels = work.resolve("templates/en/labels.json");
        replaceFirst(labels, "\"Hypotheses matrix\"", "\"Hyp\\u0007otheses matrix\"");
        assertFirstLine(validate(), at(labels, "\"Hyp\\u0007otheses matrix\"") + ": error: label \"workbook.hypotheses\""
                + " holds the control character U+0007 at character 4: remove it");
    }

    @Test
    void aLoneSurrogateInTheRiskWordingIsRefused() throws IOException {
        Path risks = work.resolve("rules/risks.json");
        replaceFirst(risks, "\"Concentrated dependence", "\"Concentrated\\udc00 dependence");
        assertFirstLine(validate(), at(risks, "\"Concentrated\\udc00") + ": error: \"en\" holds half of a surrogate"
                + " pair (U+DC00) at character 13, which is not a character: write the whole character or its two \\u"
                + " escapes (and N errors that follow from it)");
    }

    @Test
    void aControlCharacterInATemplateIsRefused() throws IOException {
        Path template = work.resolve("templates/ar/bottom-line.mustache");
        Files.writeString(template, "\u0001" + Files.readString(template));
        assertFirstLine(validate(), DisplayPaths.of(template) + ":1:1: error: the template holds the control"
                + " character U+0001: remove it");
    }

    /** The ids declared in the lost part are not reported as unknown wherever they are used (75 lines once). */
    @Test
    void aTruncatedFileGivesOneErrorNotItsFollowOns() throws IOException {
        Path actors = work.resolve("facts/actors.json");
        String text = Files.readString(actors);
        String kept = text.substring(0, text.indexOf("\"id\": \"sdf\""));
        Files.writeString(actors, kept);
        long line = kept.chars().filter(c -> c == '\n').count() + 1;
        int column = kept.length() - kept.lastIndexOf('\n');
        String opened = text.substring(0, kept.lastIndexOf('{'));
        long openLine = opened.chars().filter(c -> c == '\n').count() + 1;
        int openColumn = opened.length() - opened.lastIndexOf('\n');
        CliRun run = validate();
        assertFirstLine(run, DisplayPaths.of(actors) + ":" + line + ":" + column + ": error: invalid JSON: the file"
                + " ends before the object {...} opened at line " + openLine + ", column " + openColumn + " is closed"
                + " (cut short?); restore its end (and N errors that follow from it)");
        assertEquals(2, run.err().lines().count(), "one problem and the summary:\n" + run.err());
        assertFalse(run.err().contains("unknown"), run.err());
    }

    /** Root may write anywhere by the permission bits, yet not in /proc: found out before the work, not after it. */
    @Test
    void outInAPlaceNoFolderCanBeMadeIsRefusedBeforeAnyWork() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        long start = System.nanoTime();
        CliRun run = generate("--out", "/proc/mizan-out");
        assertFirstLine(run, "/proc/mizan-out: error: this user cannot write in /proc; choose another folder with"
                + " --out");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused before the rules were even compiled");
    }

    /** "ok" means generate succeeds: a rule that fails only when it runs is reported by validate too. */
    @Test
    void validateRunsTheRulesAsGenerateDoes() throws IOException {
        Files.writeString(work.resolve("rules/divide.drl"), String.join("\n", "package org.mizan.rules;", "",
                "import org.mizan.dossier.*;", "", "rule \"Divides by zero\"", "when", "    Actor($id : id)", "then",
                "    int zero = 0;", "    int x = 1 / zero;", "end", ""));
        CliRun validate = validate();
        CliRun generate = generate("--out", work.resolve("out").toString(), "--format", "json");
        assertEquals(ExitCode.INVALID_INPUT, generate.exitCode(), generate.err());
        assertFirstLine(validate, generate.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
    }

    private CliRun validate() {
        return CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
    }

    /** Issue 24: naming a scenario that is not there is a mistake on the command line, not in a file (exit 2). */
    @Test
    void aScenarioThatIsNotThereIsAUsageError() throws IOException {
        String known;
        try (java.util.stream.Stream<Path> files = Files.list(work.resolve("facts/scenarios"))) {
            known = "(scenarios: " + files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().collect(java.util.stream.Collectors.joining(
                    ", ")) + ", or baseline)";
        }
        for (String name : new String[] {"../../../etc/passwd", "no-such-scenario"}) {
            CliRun run = generate("--out", work.resolve("out").toString(), "--scenario", name);
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertEquals(DisplayPaths.of(work.resolve("facts/scenarios")) + ": error: no scenario \"" + name
                    + "\" here " + known, run.err().lines().findFirst().orElse(""));
            assertFalse(Files.exists(work.resolve("out")), "nothing written");
        }
        CliRun validate = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work, "--scenario",
                "../../../etc/passwd")));
        assertEquals(ExitCode.USAGE, validate.exitCode(), "validate checks every scenario; it takes no --scenario");
    }

    private CliRun generate(String... more) {
        return CliRun.of(GenerateCommandTest.prepend("generate", CliRun.inputArgs(work, more)));
    }

    private static void assertFirstLine(CliRun run, String expected) {
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, CliRun.countless(run.err().lines().findFirst().orElse("")), run.err());
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
        assertFalse(text.indexOf(what) < 0, what);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(what),
                java.util.regex.Matcher.quoteReplacement(with)));
    }
}
