package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Text wrapped at word boundaries to a maximum width, one line per Label mark: neither renderer has to wrap,
 * so the PDF and the PNG break lines at the same places. A word wider than the limit stays whole and widens
 * the block rather than being cut.
 */
record TextBlock(List<String> lines, double size, boolean bold, double width, double lineHeight) {

    static TextBlock wrap(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMetrics.width(candidate, size, bold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        double width = lines.stream().mapToDouble(l -> TextMetrics.width(l, size, bold)).max().orElse(0);
        return new TextBlock(List.copyOf(lines), size, bold, width, TextMetrics.lineHeight(size));
    }

    /** Several phrases, each starting a new line and wrapped on its own; a line never mixes two phrases. */
    static TextBlock wrapAll(List<String> texts, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        texts.stream().filter(t -> !t.isBlank()).forEach(t -> lines.addAll(wrap(t, size, bold, maxWidth).lines()));
        double width = lines.stream().mapToDouble(l -> TextMetrics.width(l, size, bold)).max().orElse(0);
        return new TextBlock(List.copyOf(lines), size, bold, width, TextMetrics.lineHeight(size));
    }

    /** The largest size from {@code size} down to {@code minSize} at which no word is wider than the limit. */
    static TextBlock fit(String text, double size, double minSize, boolean bold, double maxWidth) {
        TextBlock block = wrap(text, size, bold, maxWidth);
        while (block.width() > maxWidth && block.size() - 0.5 >= minSize) {
            block = wrap(text, block.size() - 0.5, bold, maxWidth);
        }
        return block;
    }

    double height() {
        return lines.size() * lineHeight;
    }

    /**
     * One Label per line, each line's box just wide enough for it and ending at {@code right}: the lines sit
     * flush against what is on their right, whichever way a renderer reads the alignment of a label.
     */
    List<Mark> labelsFlushRight(double right, double y, double h, double slack, int rgb) {
        List<Mark> marks = new ArrayList<>();
        double top = y + (h - height()) / 2;
        for (int i = 0; i < lines.size(); i++) {
            double w = TextMetrics.width(lines.get(i), size, bold) + 2 * slack;
            marks.add(new Mark.Label(lines.get(i), right - w, top + i * lineHeight, w, lineHeight, size, bold, rgb,
                    Mark.Align.CENTER, null));
        }
        return marks;
    }

    /** One Label per line, the block centred vertically in the area (x, y, w, h). */
    List<Mark> labels(double x, double y, double w, double h, int rgb, Mark.Align align, String target) {
        List<Mark> marks = new ArrayList<>();
        double top = y + (h - height()) / 2;
        for (int i = 0; i < lines.size(); i++) {
            marks.add(new Mark.Label(lines.get(i), x, top + i * lineHeight, w, lineHeight, size, bold, rgb, align,
                    target));
        }
        return marks;
    }
}
