package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Cell;
import org.mizan.brief.Link;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.mizan.render.Fonts;

class EdgeCaseTest {

    private static Brief brief(String title, String marking, String text) {
        Metadata meta = new Metadata(Language.EN, title, null, marking, null, null, List.of(),
                Instant.parse("2025-11-10T00:00:00Z"), "edge");
        return new Brief(meta, List.of(new Section("s", "Section", 1, List.of(Paragraph.body(text)), List.of())));
    }

    @Test
    void aLongTitleIsShortenedInTheRunningHeaderButWholeInTheTitleBlock() {
        String title = "A very long title that goes on and on about dependencies, risks, indicators and "
                + "assumptions in the north-east of Syria";
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief(title, "OPEN", "Body.")))) {
            String text = pdf.text(1);
            // NFKC turns the ellipsis into three full stops.
            assertTrue(text.contains("on and on about dependencies,..."), text);
            assertTrue(text.replace("\n", " ").contains(title), text);
        }
    }

    @Test
    void aBriefWithoutSubtitleMarkingOrAuthorStillRendersAsPdfA() throws Exception {
        byte[] pdf = Renders.pdf(brief("Title", null, "Body."));
        assertEquals(List.of(), PdfA.failuresOf(pdf));
        try (ReadBack read = new ReadBack(pdf)) {
            assertTrue(read.text(1).contains("Page 1 of 1"));
        }
    }

    @Test
    void aCharacterTheMainFaceLacksComesFromTheEmbeddedFallbackFace() {
        // Bundled by the build, so no installed font is needed: the same bytes on every machine.
        assertTrue(Fonts.class.getResource("/org/mizan/fonts/ttf/DejaVuSans.ttf") != null, "bundled symbols face");
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief("Title", "OPEN", "funding → salaries")))) {
            assertTrue(pdf.text(1).contains("funding → salaries"));
            assertTrue(pdf.fonts().keySet().stream().anyMatch(f -> f.contains("DejaVu")), pdf.fonts().keySet().toString());
            pdf.fonts().forEach((name, font) -> assertTrue(ReadBack.embedded(font), name));
        }
    }

    @Test
    void aTableWithoutCaptionOrHeaderShowsShortRowsAndKeepsItsAnchor() {
        Table table = new Table("bare-table", null, List.of(1.0, 1.0, 1.0), List.of(),
                List.of(List.of(Cell.text("only one cell")), List.of(Cell.text("a"), Cell.text("b"), Cell.text("c"))));
        Metadata meta = brief("T", "OPEN", "x").metadata();
        Brief b = new Brief(meta, List.of(new Section("s", "Section", 1, List.of(table), List.of())));
        try (ReadBack pdf = new ReadBack(Renders.pdf(b))) {
            String text = pdf.text(1);
            assertTrue(text.contains("only one cell") && text.contains("a b c"), text);
            assertTrue(pdf.namedDestinations().contains("bare-table"), "a table without caption keeps its anchor");
        }
    }

    @Test
    void aLinkToAMissingAnchorDoesNotBreakTheRender() throws Exception {
        Metadata meta = brief("T", "OPEN", "x").metadata();
        Paragraph p = Paragraph.of(ParagraphRole.BODY, new Link("nowhere", "no-such-anchor"));
        byte[] pdf = Renders.pdf(new Brief(meta, List.of(new Section("s", "Section", 1, List.of(p), List.of()))));
        assertEquals(List.of(), PdfA.failuresOf(pdf));
        try (ReadBack read = new ReadBack(pdf)) {
            assertTrue(read.text(1).contains("nowhere"));
        }
    }

    @Test
    void anArabicQuoteInAnEnglishBriefReadsRightToLeftEvenWithLatinWordsInside() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief("T", "OPEN", "تمويل SDF من التحالف")))) {
            // Read right to left, the quote starts with its first word; set left to right it would end with it.
            String text = pdf.text(1);
            int first = text.indexOf("تمويل");
            int last = text.indexOf("من التحالف");
            assertTrue(first >= 0 && last > first, text);
        }
    }

    @Test
    void aCellAnchorAndItsParagraphAnchorAreBothTargets() {
        Cell cell = new Cell("cell-anchor", org.mizan.brief.Tone.NEUTRAL,
                List.of(new Paragraph("para-anchor", ParagraphRole.BODY, List.of(org.mizan.brief.Span.plain("x")))));
        Table table = new Table("t", "Caption", List.of(1.0), List.of(Cell.text("H")), List.of(List.of(cell)));
        Brief b = new Brief(brief("T", "OPEN", "x").metadata(),
                List.of(new Section("s", "Section", 1, List.of(table), List.of())));
        try (ReadBack pdf = new ReadBack(Renders.pdf(b))) {
            assertTrue(pdf.namedDestinations().containsAll(List.of("cell-anchor", "para-anchor", "t")),
                    pdf.namedDestinations().toString());
        }
    }

    @Test
    void aParagraphAnchorIsALinkTarget() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(LongBriefs.of(Language.EN)))) {
            assertTrue(pdf.namedDestinations().containsAll(List.of("p-body", "ch1-p1", "long-table", "row-70")),
                    pdf.namedDestinations().toString());
        }
    }
}
