package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.lowagie.text.pdf.PdfDictionary;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Metadata;
import org.mizan.brief.PageWords;
import org.mizan.brief.Section;
import org.mizan.render.SampleBriefs;

class PdfRendererTest {

    private static final Brief ENGLISH = SampleBriefs.english();
    private static final Brief ARABIC = SampleBriefs.arabic();

    @Test
    void everyFontInBothBriefsIsEmbedded() {
        for (Brief brief : List.of(ENGLISH, ARABIC)) {
            try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
                Map<String, PdfDictionary> fonts = pdf.fonts();
                assertFalse(fonts.isEmpty());
                fonts.forEach((name, font) -> assertTrue(ReadBack.embedded(font), name + " is not embedded"));
            }
        }
    }

    @Test
    void arabicTextReadsBackAsTheModelWroteIt() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ARABIC))) {
            // pdftotext: several of these words hold the lam-alef ligature, which PDFBox reads swapped.
            String text = nfkc(pdf.pdftotext());
            for (String expected : List.of(
                    "التحالف في سوريا: التبعيات والمخاطر",                  // title
                    "الخلاصة", "المصادر والأدلة",                           // headings
                    "تعتمد قسد على التحالف في التمويل؛ وأي انسحاب سيضغط على الرواتب.", // lead paragraph
                    "المزوّد", "لماذا نحكم بذلك",                           // table header cells
                    "تمويل سنوي بمئات الملايين من الدولارات",               // a body cell
                    "مصادر مفتوحة — للتحليل")) {                            // marking
                // pdftotext may move the space before a colon in right-to-left text: compare without spaces.
                assertTrue(text.replaceAll("\\s", "").contains(nfkc(expected).replaceAll("\\s", "")),
                        "missing or misordered: " + expected + "\nin:\n" + text);
            }
        }
    }

    @Test
    void figuresAreVectorsWhoseLabelsAreTextInTheirOwnDirection() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ARABIC))) {
            assertEquals(0, pdf.images());
            String text = nfkc(pdf.pdftotext());
            assertTrue(text.contains("الاحتمال") && text.contains(nfkc("مرجّح جدًا")), text);
        }
        try (ReadBack pdf = new ReadBack(Renders.pdf(ENGLISH))) {
            assertEquals(0, pdf.images());
            assertTrue(pdf.allText().contains("almost certain"));
        }
    }

    @Test
    void anArabicTablePutsItsFirstColumnOnTheRight() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ARABIC))) {
            // PDFBox puts separate cells of a line in their order on the page, left to right: the first column
            // (التابع) comes last, at the right.
            assertTrue(pdf.allText().contains(nfkc("النوع المزوّد التابع")), pdf.allText());
        }
    }

    @Test
    void anEnglishTablePutsItsFirstColumnOnTheLeft() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ENGLISH))) {
            assertTrue(pdf.allText().contains("Dependent Provider Kind"), pdf.allText());
        }
    }

    @Test
    void englishTextReadsBackAsTheModelWroteIt() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ENGLISH))) {
            String text = pdf.allText();
            assertTrue(text.contains("The SDF relies on the coalition for funding; a drawdown would strain salaries."));
            assertTrue(text.contains("R1 Coalition drawdown strains SDF salaries"));
        }
    }

    @Test
    void everyPageCarriesTheMarkingAndPageXOfY() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ENGLISH))) {
            assertTrue(pdf.pages() >= 2);
            for (int p = 1; p <= pdf.pages(); p++) {
                String text = pdf.text(p);
                assertTrue(text.contains("Page " + p + " of " + pdf.pages()), "page " + p + ":\n" + text);
                assertTrue(text.contains(ENGLISH.metadata().marking()));
            }
        }
    }

    @Test
    void arabicPagesAreNumberedInArabicWordsAndDigits() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ARABIC))) {
            for (int p = 1; p <= pdf.pages(); p++) {
                String expected = "صفحة " + arabicIndic(p) + " من " + arabicIndic(pdf.pages());
                assertTrue(pdf.text(p).contains(expected), "page " + p + " lacks " + expected);
            }
        }
    }

    @Test
    void thereIsABookmarkPerSectionInOrder() {
        for (Brief brief : List.of(ENGLISH, ARABIC)) {
            try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
                List<ReadBack.Bookmark> bookmarks = pdf.bookmarks();
                assertEquals(titles(brief.sections()), bookmarks.stream().map(ReadBack.Bookmark::title).toList());
                assertEquals(brief.sections().stream().map(Section::anchor).toList(),
                        bookmarks.stream().map(ReadBack.Bookmark::target).toList());
            }
        }
    }

    @Test
    void everyLinkGoesToADestinationThatExists() {
        for (Brief brief : List.of(ENGLISH, ARABIC)) {
            try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
                List<String> targets = pdf.linkTargets();
                // The risks table links to the evidence; the matrix's R1 links to the risk's row.
                assertTrue(targets.containsAll(List.of("evidence-f1", "risk-r1")), targets.toString());
                assertTrue(pdf.namedDestinations().containsAll(targets),
                        "unresolved: " + new TreeSet<>(targets) + " vs " + pdf.namedDestinations());
            }
        }
    }

    @Test
    void sectionsTablesFiguresAndCellsAreLinkTargets() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(ENGLISH))) {
            assertTrue(pdf.namedDestinations().containsAll(List.of("bluf", "dependencies", "risks", "sources",
                    "risks-table", "figure-matrix", "risk-r1", "evidence-f1")), pdf.namedDestinations().toString());
        }
    }

    @Test
    void documentPropertiesComeFromTheMetadata() {
        Metadata meta = ARABIC.metadata();
        try (ReadBack pdf = new ReadBack(Renders.pdf(ARABIC))) {
            Map<String, String> info = pdf.info();
            assertEquals(meta.title(), info.get("Title"));
            assertEquals(meta.author(), info.get("Author"));
            assertEquals(meta.subject(), info.get("Subject"));
            assertEquals(String.join(", ", meta.keywords()), info.get("Keywords"));
            assertTrue(info.get("CreationDate").startsWith("D:20251110000000"), info.get("CreationDate"));
        }
    }

    @Test
    void theSameBriefGivesTheSameBytes() {
        assertArrayEquals(Renders.pdf(ARABIC), Renders.pdf(ARABIC));
        assertArrayEquals(Renders.pdf(ENGLISH), Renders.pdf(ENGLISH));
    }

    @Test
    void anotherDocumentIdGivesAnotherFile() {
        Metadata m = ENGLISH.metadata();
        Brief other = new Brief(new Metadata(m.language(), m.title(), m.subtitle(), m.marking(), m.author(),
                m.subject(), m.keywords(), m.timestamp(), "another-id"), ENGLISH.sections());
        assertFalse(java.util.Arrays.equals(Renders.pdf(ENGLISH), Renders.pdf(other)));
    }

    @Test
    void thePageLabelFollowsThePageWordsOfTheModel() {
        Metadata m = ENGLISH.metadata();
        Brief brief = new Brief(new Metadata(m.language(), m.title(), m.subtitle(), m.marking(), m.author(),
                m.subject(), m.keywords(), m.timestamp(), m.documentId(),
                new PageWords("p. {x}/{y}", PageWords.WESTERN_DIGITS)), ENGLISH.sections());
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
            assertTrue(pdf.text(1).contains("p. 1/" + pdf.pages()), pdf.text(1));
        }
    }

    static String arabicIndic(int n) {
        StringBuilder s = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> s.append((char) ('٠' + (c - '0'))));
        return s.toString();
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static List<String> titles(List<Section> sections) {
        return sections.stream().map(Section::title).toList();
    }
}
