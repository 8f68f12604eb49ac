package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.ParagraphCoverage;
import org.mizan.dossier.SourceTexts;

/**
 * {@code source coverage [ID]}: per source, the paragraphs no fact cites, and those cited only by facts no finding
 * rests on, so that no paragraph of a source is passed over unread.
 */
class SourceCoverageTest {

    @Test
    void listsTheParagraphsNoFactCitesWithTheirOpeningWords() {
        CliRun run = CliRun.of("source", "coverage", "desk-note-2025-11-11");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("desk-note-2025-11-11 (facts/sources/desk-note-2025-11-11.en.txt): 10"
                + " paragraphs, "), run.out());
        assertTrue(run.out().contains("\n  ¶1  Desk note, 11 November 2025 (English)\n"), run.out());
        assertTrue(run.out().matches("(?s).*cited only by facts no finding or competing-hypothesis rating rests on: \\d+\n.*"), run.out());
    }

    @Test
    void aParagraphIsUncitedOnceNoFactCitesItAndCitedWhileOneDoes() {
        Dossier dossier = DossierLoader.load(CliRun.projectDir().resolve("facts"));
        SourceTexts.SourceText note = SourceTexts.read(CliRun.projectDir().resolve("facts"))
                .of("desk-note-2025-11-11").orElseThrow();
        Dossier without = dossier.withFacts(dossier.sources(), dossier.facts().stream()
                .filter(f -> f.evidenceItems().stream().noneMatch(e -> e.source().equals("desk-note-2025-11-11")
                        && e.paragraph() == 10)).toList(), dossier.origins(), dossier.digest());

        assertFalse(ParagraphCoverage.of(dossier, note).uncited().contains(10));
        assertTrue(ParagraphCoverage.of(without, note).uncited().contains(10));
        assertFalse(ParagraphCoverage.of(without, note).citedBy().containsKey(10));
    }

    @Test
    void anUnknownSourceIsAUsageMistake() {
        CliRun run = CliRun.of("source", "coverage", "no-such-source");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no source \"no-such-source\""), run.err());
    }
}
