package org.mizan.render.docx;

import java.util.List;

import org.mizan.brief.ParagraphRole;
import org.mizan.render.Palette;

/**
 * The styles the brief uses, by id. Built-in names ("heading 1", "caption", ...) make Word and
 * LibreOffice treat them as their own, so the navigation pane, the table of contents and "paste, keep destination
 * styles" work; Mizan's own styles (Lead, Key Judgment, ...) are based on Normal so a pasted section adapts.
 */
final class StyleSheet {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String CAPTION = "Caption";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_GAP = "TableGap";
    static final String LIST = "ListParagraph";
    static final String FIGURE = "Figure";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    /** Body text size in points; the other sizes are chosen relative to it. */
    static final double BODY_SIZE = 10.5;

    private StyleSheet() {
    }

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(3, level));
    }

    static String forRole(ParagraphRole role, boolean inTable) {
        return switch (role) {
            case BODY -> inTable ? TABLE_TEXT : NORMAL;
            case LEAD -> "Lead";
            case KEY_JUDGMENT -> "KeyJudgment";
            case NOTE -> "Note";
            case SMALL -> "Small";
        };
    }

    static List<ParagraphStyle> paragraphStyles() {
        return List.of(
                new ParagraphStyle(NORMAL, "Normal", null, null, -1, BODY_SIZE, false, Palette.INK, 0, 6, 0, false,
                        false),
                ParagraphStyle.body(TITLE, "Title", 20, Palette.ACCENT, 4).emboldened().keptWithNext(),
                ParagraphStyle.body(SUBTITLE, "Subtitle", 12, Palette.MUTED, 18),
                ParagraphStyle.heading(1, 16, Palette.ACCENT, 18, 6),
                ParagraphStyle.heading(2, 13, Palette.ACCENT, 12, 4),
                ParagraphStyle.heading(3, 11, Palette.INK, 10, 3),
                ParagraphStyle.body(CAPTION, "caption", 9, Palette.MUTED, 10).spacedBefore(3),
                ParagraphStyle.body(FIGURE, "Figure", BODY_SIZE, Palette.INK, 0).keptWithNext().spacedBefore(6).centred(),
                ParagraphStyle.body("Lead", "Lead", 12, Palette.INK, 10),
                ParagraphStyle.body("KeyJudgment", "Key Judgment", BODY_SIZE, Palette.INK, 6),
                ParagraphStyle.body("Note", "Note", 9.5, Palette.MUTED, 6),
                ParagraphStyle.body("Small", "Small", 8.5, Palette.INK, 2),
                ParagraphStyle.body(TABLE_TEXT, "Table Text", 9, Palette.INK, 2),
                ParagraphStyle.body(TABLE_HEADING, "Table Heading", 9, Palette.INK, 2).emboldened().keptWithNext(),
                ParagraphStyle.body(TABLE_GAP, "Table Gap", 6, Palette.INK, 6),
                ParagraphStyle.body(LIST, "List Paragraph", BODY_SIZE, Palette.INK, 3),
                ParagraphStyle.body(HEADER, "header", 8.5, Palette.MUTED, 0).centred(),
                ParagraphStyle.body(FOOTER, "footer", 8.5, Palette.MUTED, 0).centred());
    }
}
