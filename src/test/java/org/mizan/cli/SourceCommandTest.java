package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest helper on a new Arabic text of its own: add it, read its paragraphs, see what it names. */
class SourceCommandTest {

    /** Four paragraphs (the blank line does not count), with tatweel and hamza spellings the dossier does not use. */
    private static final String TEXT = """
            عنب بلدي – 12 تشرين الثاني 2025

            قالت مصادر محلية إن قوات سوريا الديمقراطية عززت مواقعها قرب حقول الرميلان.
            وأفادت المصادر بأن التحـالف الدولي سيّر دوريات قرب قاعدة كوباني (مطار روباريا).
            ولم تعلّق وزارة الخارجية السورية على الانباء.
            """;

    @TempDir
    Path work;

    private Path text;

    @BeforeEach
    void copyTheProjectAndWriteANewText() throws IOException {
        CliRun.copyInputs(work);
        text = work.resolve("enab.txt");
        Files.writeString(text, TEXT, StandardCharsets.UTF_8);
    }

    private CliRun add() {
        return add("enab-baladi-2025-11-12", "2025-11-12");
    }

    private CliRun add(String id, String date) {
        return CliRun.of("source", "add", text.toString(), "--id", id, "--publisher", "Enab Baladi", "--publisher-ar",
                "عنب بلدي", "--date", date, "--reliability", "C", "--facts", work.resolve("facts").toString());
    }

    @Test
    void add_copies_the_text_declares_the_source_and_prints_the_numbered_paragraphs() throws IOException {
        CliRun run = add();

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("4 paragraphs:"), run.out());
        assertTrue(run.out().contains("¶2  قالت مصادر محلية"), run.out());
        assertTrue(run.out().contains("¶4  ولم تعلّق وزارة الخارجية"), run.out());
        assertEquals(TEXT, Files.readString(work.resolve("facts/sources/enab-baladi-2025-11-12.ar.txt")));
        String declared = Files.readString(work.resolve("facts/source-enab-baladi-2025-11-12.json"));
        assertTrue(declared.contains("\"reliability\" : \"C\"") && declared.contains("\"paragraphs\" : 4"), declared);
        CliRun validate = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
    }

    @Test
    void mentions_lists_the_actors_bases_and_resources_each_paragraph_names() {
        assertEquals(ExitCode.OK, add().exitCode());

        CliRun run = CliRun.of("source", "mentions", "enab-baladi-2025-11-12", "--facts", work.resolve("facts").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("¶2  actor sdf «قوات سوريا الديمقراطية», resource oil-rmeilan «الرميلان»"), out);
        // "التحـالف" with a tatweel is still the coalition.
        assertTrue(out.contains("¶3  actor global-coalition «التحالف الدولي», base base-kobani «قاعدة كوباني (مطار روباريا)»"), out);
        assertTrue(out.contains("¶4  actor foreign-ministry «وزارة الخارجية السورية»"), out);
        assertFalse(out.contains("¶1 "), "the dateline names nothing of the dossier: " + out);
    }

    @Test
    void an_id_already_in_use_is_a_usage_error_naming_where() {
        CliRun run = add("northpress-2025-11-10", "2025-11-12");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("id \"northpress-2025-11-10\" is already used at "), run.err());
        assertTrue(run.err().contains("dossier.json:"), run.err());
        assertFalse(Files.exists(work.resolve("facts/source-northpress-2025-11-10.json")));
    }

    @Test
    void a_text_that_is_not_utf8_is_reported_at_the_file_and_nothing_is_added() throws IOException {
        Files.write(text, new byte[] {(byte) 0xC7, (byte) 0xE1, '\n'}); // Windows-1256, not UTF-8
        CliRun run = add();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("enab.txt: error: not UTF-8 text: save the file as UTF-8"), run.err());
        assertFalse(Files.exists(work.resolve("facts/sources/enab-baladi-2025-11-12.ar.txt")));
    }

    @Test
    void a_missing_file_or_a_bad_date_is_a_usage_error() {
        assertEquals(ExitCode.USAGE, CliRun.of("source", "add", work.resolve("none.txt").toString(), "--id", "x",
                "--publisher", "P", "--date", "2025-11-12", "--reliability", "C", "--facts",
                work.resolve("facts").toString()).exitCode());
        CliRun badDate = add("enab-baladi-2025-11-12", "12/11/2025");
        assertEquals(ExitCode.USAGE, badDate.exitCode());
        assertTrue(badDate.err().contains("--date \"12/11/2025\" is not a date: write yyyy-MM-dd"), badDate.err());
    }

    @Test
    void mentions_of_an_unknown_source_says_which_are_declared() {
        CliRun run = CliRun.of("source", "mentions", "nope", "--facts", work.resolve("facts").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("declared sources: northpress-2025-11-10, desk-note-2025-11-11"), run.err());
    }
}
