package org.mizan.render.pdf;

import org.mizan.render.Palette;

/**
 * The type scale, in points. Naskh has tall ascenders and deep descenders, so Arabic lines are set with generous
 * leading ({@link #LEADING} times the size); Noto Serif needs less ({@link #LATIN_LEADING}), which is what lets
 * the English brief keep to its twelve pages without a smaller type.
 */
enum Style {
    TITLE(20, true, Palette.ACCENT),
    SUBTITLE(12.5f, false, Palette.MUTED),
    MARKING(8.5f, true, Palette.ACCENT),
    HEADING_1(15, true, Palette.ACCENT),
    HEADING_2(12.5f, true, Palette.INK),
    HEADING_3(11, true, Palette.MUTED),
    BODY(10.5f, false, Palette.INK),
    LEAD(12, false, Palette.INK),
    KEY_JUDGMENT(10.5f, false, Palette.INK),
    NOTE(9.5f, false, Palette.MUTED),
    SMALL(8.5f, false, Palette.INK),
    TABLE(9, false, Palette.INK),
    TABLE_HEADER(9, true, Palette.INK),
    CAPTION(9, true, Palette.MUTED),
    PAGE(8, false, Palette.MUTED);

    static final float LEADING = 1.6f;
    static final float LATIN_LEADING = 1.32f;

    final float size;
    final boolean bold;
    final int rgb;

    Style(float size, boolean bold, int rgb) {
        this.size = size;
        this.bold = bold;
        this.rgb = rgb;
    }

    static Style heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            default -> HEADING_3;
        };
    }
}
