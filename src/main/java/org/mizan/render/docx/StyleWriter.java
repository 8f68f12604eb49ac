package org.mizan.render.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.render.Palette;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Writes the style sheet into the document's styles part: document defaults (the font for every script, the
 * languages), the paragraph styles of {@link StyleSheet} and the Hyperlink character style. Tables are formatted
 * directly (see TableWriter): POI's slim schema jar cannot write a table style's properties.
 * Every size is given for complex script too (szCs, bCs), or Arabic text would ignore it.
 */
final class StyleWriter {

    private StyleWriter() {
    }

    static void write(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults());
        StyleSheet.paragraphStyles().forEach(s -> paragraph(styles.addNewStyle(), s));
        hyperlink(styles.addNewStyle());
        doc.createStyles().setStyles(styles);
    }

    private static void defaults(CTDocDefaults defaults) {
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        Direction.fonts(rPr.addNewRFonts());
        rPr.addNewSz().setVal(halfPoints(StyleSheet.BODY_SIZE));
        rPr.addNewSzCs().setVal(halfPoints(StyleSheet.BODY_SIZE));
        // w:val is the language of Latin-script text, w:bidi that of Arabic script, in either brief.
        var lang = rPr.addNewLang();
        lang.setVal("en-GB");
        lang.setBidi("ar-SA");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    }

    private static void paragraph(CTStyle style, ParagraphStyle spec) {
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(spec.id());
        style.addNewName().setVal(spec.name());
        if (spec.basedOn() != null) {
            style.addNewBasedOn().setVal(spec.basedOn());
        } else {
            style.setDefault(true);
        }
        if (spec.next() != null) {
            style.addNewNext().setVal(spec.next());
        }
        style.addNewQFormat();
        paragraphProperties(style.addNewPPr(), spec);
        runProperties(style.addNewRPr(), spec.size(), spec.bold(), spec.color());
    }

    private static void paragraphProperties(CTPPrGeneral pPr, ParagraphStyle spec) {
        if (spec.keepNext()) {
            pPr.addNewKeepNext();
        }
        var spacing = pPr.addNewSpacing();
        spacing.setBefore(twips(spec.spaceBefore()));
        spacing.setAfter(twips(spec.spaceAfter()));
        if (spec.indent() > 0) {
            pPr.addNewInd().setLeft(twips(spec.indent()));
        }
        if (spec.centered()) {
            pPr.addNewJc().setVal(STJc.CENTER);
        }
        if (spec.outlineLevel() >= 0) {
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(spec.outlineLevel()));
        }
    }

    private static void runProperties(CTRPr rPr, double size, boolean bold, int color) {
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        rPr.addNewColor().setVal(Colors.hex(color));
        rPr.addNewSz().setVal(halfPoints(size));
        rPr.addNewSzCs().setVal(halfPoints(size));
    }

    private static void hyperlink(CTStyle style) {
        style.setType(STStyleType.CHARACTER);
        style.setStyleId(StyleSheet.HYPERLINK);
        style.addNewName().setVal("Hyperlink");
        CTRPr rPr = style.addNewRPr();
        rPr.addNewColor().setVal(Colors.hex(Palette.ACCENT));
        rPr.addNewU().setVal(STUnderline.SINGLE);
    }

    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }
}
