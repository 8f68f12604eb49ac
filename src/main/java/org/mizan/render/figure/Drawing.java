package org.mizan.render.figure;

import java.util.List;

/**
 * A figure laid out as simple marks, in points, origin top left, y downwards. Computed once from the
 * document model's diagram; the PDF renderer draws it as vectors, the DOCX renderer as a PNG image.
 */
public record Drawing(double width, double height, List<Mark> marks) {

    public Drawing {
        marks = List.copyOf(marks);
    }
}
