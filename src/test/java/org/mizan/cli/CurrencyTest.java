package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;

/**
 * Currency that stays true: the cut-off is the newest source a fact cites, a source no fact cites is a warning and
 * does not move it, and a currency note written for an older cut-off is a warning.
 */
class CurrencyTest {

    private static final String LATER_SOURCE = """
            {
              "sources": [
                {
                  "id": "later-report",
                  "publisher": { "en": "A later outlet", "ar": "وسيلة إعلام لاحقة" },
                  "title": { "en": "A later report", "ar": "تقرير لاحق" },
                  "date": "2026-01-04",
                  "language": "en",
                  "reliability": "C",
                  "paragraphs": 3
                }
              ]
            }
            """;

    @Test
    void theShippedDossierIsDatedByItsNewestCitedSourceWithoutAWarning(@TempDir Path dir) {
        CliRun.copyInputs(dir);

        CliRun run = CliRun.of(prepend("validate", CliRun.inputArgs(dir)));

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("cited by no fact"), run.err());
        assertFalse(run.err().contains("currency note"), run.err());
        assertEquals("2025-11-11", DossierLoader.load(dir.resolve("facts")).cutOff().toString());
    }

    @Test
    void aSourceNoFactCitesIsAWarningAndDoesNotMoveTheCutOff(@TempDir Path dir) throws IOException {
        CliRun.copyInputs(dir);
        Files.writeString(dir.resolve("facts/later.json"), LATER_SOURCE, StandardCharsets.UTF_8);

        CliRun run = CliRun.of(prepend("validate", CliRun.inputArgs(dir)));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("later.json:3:5: warning: source \"later-report\" (2026-01-04) is cited by"
                + " no fact, so it does not move the cut-off (2025-11-11): cite it from the facts it reports, or"
                + " remove it"), run.err());
        assertEquals("2025-11-11", DossierLoader.load(dir.resolve("facts")).cutOff().toString());
    }

    @Test
    void aCurrencyNoteWrittenForAnOlderCutOffIsAWarning(@TempDir Path dir) throws IOException {
        CliRun.copyInputs(dir);
        Path header = dir.resolve("facts/dossier.json");
        Files.writeString(header, Files.readString(header).replace("\"currencyAsOf\": \"2025-11-11\"",
                "\"currencyAsOf\": \"2025-11-10\""), StandardCharsets.UTF_8);

        CliRun run = CliRun.of(prepend("validate", CliRun.inputArgs(dir)));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: the currency note was written for 2025-11-10 but the sources now"
                + " run to 2025-11-11: reread the note, bring it up to date and set \"currencyAsOf\" to 2025-11-11"),
                run.err());
    }

    @Test
    void aCurrencyNoteWithoutItsDateIsAWarning(@TempDir Path dir) throws IOException {
        CliRun.copyInputs(dir);
        Path header = dir.resolve("facts/dossier.json");
        Files.writeString(header, Files.readString(header).replace("\"currencyAsOf\": \"2025-11-11\",", ""),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of(prepend("validate", CliRun.inputArgs(dir)));

        assertTrue(run.err().contains("warning: the currency note gives no date: add \"currencyAsOf\":"
                + " \"2025-11-11\""), run.err());
    }

    @Test
    void aWhatIfKeepsTheDossiersCutOffWhenItDropsTheNewestSourcesFacts() {
        Dossier dossier = DossierLoader.load(CliRun.projectDir().resolve("facts"));
        Dossier part = dossier.withFacts(dossier.sources(), dossier.facts().stream()
                .filter(f -> f.evidenceItems().stream().noneMatch(e -> e.source().equals("desk-note-2025-11-11")))
                .toList(), dossier.origins(), dossier.digest());

        assertEquals(dossier.cutOff(), part.cutOff());
        assertEquals(dossier.currency(), part.currency());
    }

    private static String[] prepend(String command, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
