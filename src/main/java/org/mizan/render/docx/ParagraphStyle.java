package org.mizan.render.docx;

/**
 * One paragraph style as the analyst sees it in Word's style gallery. {@code outlineLevel} (0-based, or -1 for
 * none) is what puts a heading in the navigation pane and the table of contents; sizes and spacing in points.
 */
record ParagraphStyle(String id, String name, String basedOn, String next, int outlineLevel, double size,
                      boolean bold, int color, double spaceBefore, double spaceAfter, double indent,
                      boolean keepNext, boolean centered) {

    static ParagraphStyle body(String id, String name, double size, int color, double spaceAfter) {
        return new ParagraphStyle(id, name, "Normal", null, -1, size, false, color, 0, spaceAfter, 0, false, false);
    }

    static ParagraphStyle heading(int level, double size, int color, double spaceBefore, double spaceAfter) {
        return new ParagraphStyle("Heading" + level, "heading " + level, "Normal", "Normal", level - 1, size, true,
                color, spaceBefore, spaceAfter, 0, true, false);
    }

    ParagraphStyle emboldened() {
        return new ParagraphStyle(id, name, basedOn, next, outlineLevel, size, true, color, spaceBefore, spaceAfter,
                indent, keepNext, centered);
    }

    ParagraphStyle keptWithNext() {
        return new ParagraphStyle(id, name, basedOn, next, outlineLevel, size, bold, color, spaceBefore, spaceAfter,
                indent, true, centered);
    }

    ParagraphStyle centred() {
        return new ParagraphStyle(id, name, basedOn, next, outlineLevel, size, bold, color, spaceBefore, spaceAfter,
                indent, keepNext, true);
    }

    ParagraphStyle spacedBefore(double points) {
        return new ParagraphStyle(id, name, basedOn, next, outlineLevel, size, bold, color, points, spaceAfter,
                indent, keepNext, centered);
    }

    ParagraphStyle indented(double points) {
        return new ParagraphStyle(id, name, basedOn, next, outlineLevel, size, bold, color, spaceBefore, spaceAfter,
                points, keepNext, centered);
    }
}
