package org.mizan.render.docx;

import java.util.Locale;

/** Palette colours in the six-digit hex form Word's XML wants. */
final class Colors {

    private Colors() {
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "%06X", rgb & 0xFFFFFF);
    }
}
