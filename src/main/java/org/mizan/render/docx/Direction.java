package org.mizan.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mizan.dossier.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Writing direction and script of one brief, applied to each paragraph and run. In the Arabic brief everything is
 * right to left; in the English brief only text that is itself Arabic (an excerpt quoted from a source) is.
 * Fonts and direction are set directly on every run, not only in the styles, so that a section pasted into another
 * report keeps its face and its order. Run properties are written in the schema's order because POI writes them in
 * call order and Word expects schema order.
 */
final class Direction {

    /** The Arabic (complex script) face; Word substitutes a similar one if it is missing. */
    static final String FONT = "Noto Naskh Arabic";
    /** The Latin face, as in the PDF: English is not set in the Arabic face. */
    static final String LATIN_FONT = "Noto Serif";

    private final boolean rightToLeft;

    Direction(Language language) {
        this.rightToLeft = language.rightToLeft();
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    /** Marks the paragraph right to left if needed; call after its style and numbering (schema order). */
    void paragraph(XWPFParagraph paragraph, String text) {
        if (rightToLeft || startsRightToLeft(text)) {
            paragraph.getCTPPr().addNewBidi();
        }
    }

    /** Gives a fresh run its properties: optional character style, fonts, emphasis, direction, language. */
    void run(CTR run, String text, String characterStyle, boolean bold, boolean italic) {
        CTRPr pr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        if (characterStyle != null) {
            pr.addNewRStyle().setVal(characterStyle);
        }
        fonts(pr.addNewRFonts());
        if (bold) {
            pr.addNewB();
            pr.addNewBCs();
        }
        if (italic) {
            pr.addNewI();
            pr.addNewICs();
        }
        if (rightToLeft || containsRightToLeft(text)) {
            pr.addNewRtl();
            pr.addNewLang().setBidi("ar-SA");
        }
    }

    static void fonts(CTFonts fonts) {
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (isRightToLeft(d)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsRightToLeft(String text) {
        return text.chars().anyMatch(c -> isRightToLeft(Character.getDirectionality(c)));
    }

    private static boolean isRightToLeft(byte directionality) {
        return directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
