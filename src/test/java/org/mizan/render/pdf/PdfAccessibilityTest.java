package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.render.SampleBriefs;

/** The briefs as other tools read them: logical Arabic text, a structure tree, PDF/UA-1. */
class PdfAccessibilityTest {

    private static final String JUDGMENT = "تعتمد قسد على التحالف في التمويل؛ وأي انسحاب سيضغط على الرواتب.";
    /** A ToUnicode mapping line: glyph range, then the UTF-16 text it stands for. */
    private static final Pattern MAPPING = Pattern.compile("<\\p{XDigit}{4}><\\p{XDigit}{4}><(\\p{XDigit}+)>");
    private static final String EXCERPT = "تمويل سنوي بمئات الملايين من الدولارات";

    /** PDFBox, a library other than the one that wrote the file, reads the title and a judgment letter for letter. */
    @Test
    void theArabicPdfReadsBackAsTheLettersOfItsSourceInAnotherLibrary() {
        Brief brief = SampleBriefs.arabic();
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
            // Not normalised: what a reader copying from the page gets.
            String text = pdf.rawText();
            assertTrue(text.contains(brief.metadata().title()), text);
            assertTrue(text.contains(JUDGMENT), text);
        }
    }

    /** No glyph of any font maps to a presentation form: every extractor gets base letters. */
    @Test
    void everyGlyphMapsToLogicalLetters() throws IOException {
        PdfReader reader = new PdfReader(Renders.pdf(SampleBriefs.arabic()));
        int maps = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream && PdfReader.getStreamBytes(stream) != null) {
                String content = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
                if (content.contains("beginbfrange")) {
                    maps++;
                    Matcher m = MAPPING.matcher(content);
                    while (m.find()) {
                        for (int u = 0; u < m.group(1).length(); u += 4) {
                            int target = Integer.parseInt(m.group(1).substring(u, u + 4), 16);
                            assertFalse(TaggedPdfWriter.isPresentationForm(target), "maps to " + m.group());
                        }
                    }
                }
            }
        }
        assertTrue(maps > 0, "no ToUnicode map found");
        reader.close();
    }

    /** Poppler's pdftotext (the reader the issue measures with; skipped where it is not installed). */
    @Test
    void pdftotextReadsTheArabicPdfVerbatimWithoutPresentationForms() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(SampleBriefs.arabic()))) {
            String text = pdf.pdftotext();
            assertTrue(text.contains(JUDGMENT), text);
            assertTrue(text.contains(EXCERPT), text);
            long letters = text.codePoints().filter(Character::isLetter).count();
            long forms = text.codePoints().filter(TaggedPdfWriter::isPresentationForm).count();
            assertTrue(forms * 100 < letters, forms + " presentation forms among " + letters + " letters");
        }
    }

    /** A glyph of a presentation form maps to its letters, a ligature's in visual order; other glyphs are kept. */
    @Test
    void theToUnicodeMapSendsShapedGlyphsToTheirBaseLetters() {
        String cmap = "2 beginbfrange\n<0101><0101><FEDF>\n<0102><0102><FEFB>\n<0103><0103><0041>\nendbfrange\n";
        assertEquals("2 beginbfrange\n<0101><0101><0644>\n<0102><0102><06270644>\n<0103><0103><0041>\nendbfrange\n",
                TaggedPdfWriter.logical(cmap));
    }

    @Test
    void bothSamplesPassPdfUa1() throws Exception {
        assertEquals(List.of(), PdfA.uaFailuresOf(Renders.pdf(SampleBriefs.english())));
        assertEquals(List.of(), PdfA.uaFailuresOf(Renders.pdf(SampleBriefs.arabic())));
    }

    @Test
    void theStructureTreeHoldsTheBriefInReadingOrder() throws IOException {
        Brief brief = SampleBriefs.english();
        try (PDDocument doc = Loader.loadPDF(Renders.pdf(brief))) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            for (PDPage page : doc.getPages()) {
                assertEquals("S", page.getCOSObject().getNameAsString("Tabs"));
            }
            List<PDStructureElement> elements = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> roles = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertEquals("Document", roles.get(0));
            // The title is the one H1, before the chapters' H2s.
            assertEquals(roles.indexOf("H1"), roles.lastIndexOf("H1"), roles.toString());
            assertTrue(0 < roles.indexOf("H1") && roles.indexOf("H1") < roles.indexOf("H2"), roles.toString());
            for (String role : List.of("P", "Sect", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
                    "Caption", "Figure", "Link")) {
                assertTrue(roles.contains(role), role + " missing from " + roles);
            }
            // No contents list: the bookmarks list the chapters.
            assertTrue(!roles.contains("TOC") && !roles.contains("TOCI"), roles.toString());
            List<String> alts = elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertTrue(alts.stream().allMatch(a -> a != null && !a.isBlank()), alts.toString());
            // The Arabic excerpt quoted in the English brief is marked as Arabic.
            assertTrue(elements.stream().anyMatch(e -> "ar".equals(e.getLanguage())), "no span marked Arabic");
        }
    }

    @Test
    void theSameBriefGivesTheSameBytes() {
        assertArrayEquals(Renders.pdf(SampleBriefs.arabic()), Renders.pdf(SampleBriefs.arabic()));
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                into.add(e);
                collect(e, into);
            }
        }
    }
}
