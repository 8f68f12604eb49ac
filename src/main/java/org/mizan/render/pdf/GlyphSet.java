package org.mizan.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The CIDSet of an embedded TrueType subset with identity CIDs: one bit per CID (most significant bit first), set
 * for every glyph the font program holds. OpenPDF's subset keeps the face's glyph count and horizontal metrics,
 * emptying the outlines it does not need, so every one of those glyph ids is present in the program; PDF/UA-1
 * (7.21.4.2) asks the CIDSet to identify them all, "regardless of whether a CID is used". veraPDF counts a
 * TrueType program's glyphs as those with a horizontal metric (hhea's numberOfHMetrics), bounded by maxp.
 */
final class GlyphSet {

    private GlyphSet() {
    }

    static byte[] of(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int hhea = table(font, "hhea");
        int maxp = table(font, "maxp");
        if (hhea < 0 || maxp < 0) {
            throw new IllegalArgumentException("not a TrueType font program");
        }
        int glyphs = Math.min(font.getChar(maxp + 4), font.getChar(hhea + 34));
        byte[] bits = new byte[Math.max(1, (glyphs + 7) / 8)];
        for (int g = 0; g < glyphs; g++) {
            bits[g / 8] |= (byte) (0x80 >>> (g % 8));
        }
        return bits;
    }

    /** The offset of the table with the tag, or -1. */
    private static int table(ByteBuffer font, String tag) {
        int tables = font.getChar(4);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (tag.equals(new String(font.array(), record, 4, StandardCharsets.ISO_8859_1))) {
                return font.getInt(record + 8);
            }
        }
        return -1;
    }
}
