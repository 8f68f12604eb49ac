package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;

import org.mizan.inference.Impact;
import org.mizan.inference.Rating;
import org.mizan.inference.Strength;

/** Small helpers that turn words and links into paragraphs and cells. */
final class Inlines {

    /**
     * Stands in for a value in a rendered template so the builder can put a Link where the template placed it.
     * A private-use character, which no template or fact contains.
     */
    static final String MARK = "\uE000";

    private Inlines() {
    }

    /** The text with every {@link #MARK} replaced by the link. */
    static List<Inline> withLink(String text, Link link) {
        List<Inline> inlines = new ArrayList<>();
        String[] parts = text.split(MARK, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                inlines.add(link);
            }
            if (!parts[i].isEmpty()) {
                inlines.add(Span.plain(parts[i]));
            }
        }
        return inlines;
    }

    /** "Evidence: E1, E4" with each label a link. */
    static Paragraph labelled(String label, List<? extends Inline> links, String separator) {
        List<Inline> inlines = new ArrayList<>();
        inlines.add(Span.bold(label + ": "));
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                inlines.add(Span.plain(separator));
            }
            inlines.add(links.get(i));
        }
        return new Paragraph(null, ParagraphRole.SMALL, inlines);
    }

    static Cell cell(String text) {
        return Cell.text(text);
    }

    static Cell cell(Tone tone, Paragraph... paragraphs) {
        return new Cell(null, tone, List.of(paragraphs));
    }

    static Paragraph small(String text) {
        return Paragraph.of(ParagraphRole.SMALL, Span.plain(text));
    }

    static Tone tone(Rating rating) {
        return switch (rating) {
            case LOW -> Tone.LOW;
            case MEDIUM -> Tone.MEDIUM;
            case HIGH -> Tone.HIGH;
            case CRITICAL -> Tone.CRITICAL;
        };
    }

    static Tone tone(Strength strength) {
        return switch (strength) {
            case WEAK -> Tone.LOW;
            case MODERATE -> Tone.MEDIUM;
            case STRONG -> Tone.HIGH;
            case CRITICAL -> Tone.CRITICAL;
        };
    }

    /**
     * Background of a matrix cell with no risk in it: a guide band from likelihood x impact. Cells holding risks
     * take their risks' own rating, which comes from the analysts' decision table.
     */
    static Tone band(int likelihoodStep, Impact impact) {
        int score = likelihoodStep * impact.level();
        return score <= 6 ? Tone.LOW : score <= 14 ? Tone.MEDIUM : score <= 24 ? Tone.HIGH : Tone.CRITICAL;
    }

    static String percent(Wording w, int low, int high) {
        return w.number(low) + "–" + w.number(high) + (w.language().rightToLeft() ? "٪" : "%");
    }
}
