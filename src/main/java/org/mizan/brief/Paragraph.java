package org.mizan.brief;

import java.util.List;

/** A paragraph of inlines. {@code anchor} (may be null) makes it a link target. */
public record Paragraph(String anchor, ParagraphRole role, List<Inline> inlines) implements Block {

    public Paragraph {
        inlines = List.copyOf(inlines);
    }

    public static Paragraph of(ParagraphRole role, Inline... inlines) {
        return new Paragraph(null, role, List.of(inlines));
    }

    public static Paragraph body(String text) {
        return of(ParagraphRole.BODY, Span.plain(text));
    }

    public String plainText() {
        StringBuilder s = new StringBuilder();
        inlines.forEach(i -> s.append(i.text()));
        return s.toString();
    }
}
