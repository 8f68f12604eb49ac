package org.mizan.brief;

import java.util.List;

/** A table cell: one or more paragraphs, an optional anchor (a link target) and a tone. */
public record Cell(String anchor, Tone tone, List<Paragraph> paragraphs) {

    public Cell {
        paragraphs = List.copyOf(paragraphs);
    }

    public static Cell text(String text) {
        return new Cell(null, Tone.NEUTRAL, List.of(Paragraph.body(text)));
    }
}
