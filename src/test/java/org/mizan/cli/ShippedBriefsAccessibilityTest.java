package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.render.pdf.PdfA;

/**
 * The four shipped briefs (both languages of the first dossier and of examples/sudan-red-sea), not only the small
 * samples, as other tools read them (issue 25): tagged, PDF/UA-1 and PDF/A-1a by veraPDF, and Arabic that a second
 * PDF library extracts as logical letters rather than presentation forms.
 */
class ShippedBriefsAccessibilityTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void generateBothDossiers() {
        Path project = CliRun.projectDir();
        CliRun first = CliRun.of("generate", "--facts", project.resolve("facts").toString(),
                "--out", work.resolve("first").toString());
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = CliRun.of("generate", "--facts", project.resolve("examples/sudan-red-sea").toString(),
                "--out", work.resolve("sudan").toString());
        assertEquals(0, second.exitCode(), second.err());
    }

    private static List<Path> briefs() {
        List<Path> all = new ArrayList<>();
        for (String set : List.of("first", "sudan")) {
            for (String lang : List.of("en", "ar")) {
                all.add(work.resolve(set).resolve("brief-" + lang + ".pdf"));
            }
        }
        return all;
    }

    @Test
    void everyShippedBriefPassesPdfUa1() throws Exception {
        for (Path pdf : briefs()) {
            assertEquals(List.of(), PdfA.uaFailuresOf(Files.readAllBytes(pdf)), pdf.toString());
        }
    }

    @Test
    void everyShippedBriefKeepsPdfA1a() throws Exception {
        for (Path pdf : briefs()) {
            assertEquals(List.of(), PdfA.failuresOf(Files.readAllBytes(pdf)), pdf.toString());
        }
    }

    @Test
    void everyShippedBriefIsTagged() throws IOException {
        for (Path pdf : briefs()) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertTrue(doc.getDocumentCatalog().getMarkInfo() != null
                        && doc.getDocumentCatalog().getMarkInfo().isMarked(), pdf + " is not marked as tagged");
                assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, pdf + " has no structure tree");
            }
        }
    }

    @Test
    void bothArabicBriefsExtractAsLettersNotPresentationForms() throws IOException {
        for (Path pdf : briefs()) {
            if (!pdf.getFileName().toString().endsWith("-ar.pdf")) {
                continue;
            }
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
            long arabic = text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
            long forms = text.codePoints().filter(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
                    .count();
            assertTrue(arabic > 1000, pdf + ": only " + arabic + " Arabic letters");
            assertTrue(forms * 100 < arabic + forms, pdf + ": " + forms + " presentation forms of " + (arabic + forms));
        }
    }
}
