package org.mizan.render.docx;

/** Palette colours in the six-digit hex form Word's XML wants. */
final class Colors {

    private Colors() {
    }

    static String hex(int rgb) {
        return String.format("%06X", rgb & 0xFFFFFF);
    }
}
