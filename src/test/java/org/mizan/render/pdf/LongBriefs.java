package org.mizan.render.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.Emphasis;
import org.mizan.brief.Link;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;

/**
 * A brief long enough to break pages: nested sections, every paragraph role, a numbered list, and a table of
 * {@link #ROWS} rows whose header must repeat on every page it runs onto. Row i's first cell reads "Row i" in
 * English and "الصف i" (Arabic-Indic digits) in Arabic.
 */
final class LongBriefs {

    static final int ROWS = 70;

    private LongBriefs() {
    }

    record Words(String title, String marking, String chapter, String part, String body, String header1,
                 String header2, String row, String judgment, String note, String link) {
    }

    static final Words EN = new Words("A long brief", "OPEN SOURCE — FOR ANALYSIS", "Chapter", "Part",
            "Support flows through several channels, and each of them can be cut independently of the others, "
                    + "which is why the brief weighs them one by one before judging the whole.",
            "Actor", "Assessment", "Row ", "We judge it likely that funding continues through 2026.",
            "Note: figures are rounded.", "see the table");

    static final Words AR = new Words("موجز طويل", "مصادر مفتوحة — للتحليل", "الفصل", "الجزء",
            "يتدفق الدعم عبر قنوات عدة، ويمكن قطع كل منها بمعزل عن الأخرى، ولهذا يزن الموجز كل قناة على حدة "
                    + "قبل أن يحكم على الكل.",
            "الفاعل", "التقييم", "الصف ", "نرجّح أن يستمر التمويل حتى عام ٢٠٢٦.", "ملاحظة: الأرقام مقرّبة.", "انظر الجدول");

    static Brief of(Language language) {
        Words w = language.rightToLeft() ? AR : EN;
        Metadata meta = new Metadata(language, w.title(), null, w.marking(), "Mizan", w.title(), List.of("test"),
                Instant.parse("2025-11-10T00:00:00Z"), "long-" + language.code());
        List<Section> chapters = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            List<Section> parts = List.of(
                    new Section("ch" + c + "-p1", w.part() + " " + c + ".1", 2, paragraphs(w), List.of()),
                    new Section("ch" + c + "-p2", w.part() + " " + c + ".2", 2, List.of(Paragraph.body(w.body())),
                            List.of()));
            List<Block> blocks = c == 2 ? List.of(longTable(w, language)) : List.of(Paragraph.body(w.body()));
            chapters.add(new Section("ch" + c, w.chapter() + " " + c, 1, blocks, parts));
        }
        return new Brief(meta, chapters);
    }

    static String rowLabel(Language language, int i) {
        return language.rightToLeft() ? AR.row() + PdfRendererTest.arabicIndic(i) : EN.row() + i;
    }

    private static List<Block> paragraphs(Words w) {
        return List.of(
                Paragraph.of(ParagraphRole.KEY_JUDGMENT, Span.plain(w.judgment())),
                new Paragraph("p-body", ParagraphRole.BODY, List.of(Span.plain(w.body() + " "),
                        new Span(w.judgment(), Emphasis.ITALIC), Span.plain(" "), new Link(w.link(), "row-1"))),
                Paragraph.of(ParagraphRole.NOTE, Span.plain(w.note())),
                new BulletList(true, List.of(Paragraph.body(w.judgment()), Paragraph.body(w.note()))));
    }

    private static Table longTable(Words w, Language language) {
        Tone[] tones = Tone.values();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(new Cell("row-" + i, Tone.NEUTRAL, List.of(Paragraph.body(rowLabel(language, i)))),
                    new Cell(null, tones[i % tones.length], List.of(Paragraph.body(w.judgment())))));
        }
        return new Table("long-table", w.chapter(), List.of(1.0, 3.0),
                List.of(Cell.text(w.header1()), Cell.text(w.header2())), rows);
    }
}
