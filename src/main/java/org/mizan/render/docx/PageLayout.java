package org.mizan.render.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mizan.brief.Metadata;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A4 pages with 2 cm margins (2.5 cm at the foot), and on every page a header with the marking and a footer with the marking and
 * "page x of y" (PAGE and NUMPAGES fields, so the numbers stay right after the analyst edits the text).
 */
final class PageLayout {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1134;
    /** Deeper than the others: the footer holds two lines (marking, page x of y) and Naskh lines run tall. */
    static final int BOTTOM_MARGIN = 1418;
    static final int HEADER_DISTANCE = 567;
    /** The width text and tables may take, in twentieths of a point. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private PageLayout() {
    }

    static void write(Context context, Metadata metadata) {
        XWPFDocument doc = context.doc();
        header(context, doc.createHeader(HeaderFooterType.DEFAULT), metadata.marking());
        footer(context, doc.createFooter(HeaderFooterType.DEFAULT), metadata.marking());
        page(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr(), context.direction().rightToLeft());
    }

    private static void page(CTSectPr sectPr, boolean rightToLeft) {
        CTPageSz size = sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(BOTTOM_MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (rightToLeft) {
            sectPr.addNewBidi();
        }
    }

    private static void header(Context context, XWPFHeaderFooter header, String marking) {
        line(context, firstParagraph(header), StyleSheet.HEADER, marking);
    }

    private static void footer(Context context, XWPFHeaderFooter footer, String marking) {
        line(context, firstParagraph(footer), StyleSheet.FOOTER, marking);
        XWPFParagraph pages = footer.createParagraph();
        Words words = context.words();
        start(context, pages, StyleSheet.FOOTER, words.pageOf());
        for (String piece : words.pageOf().split("((?=\\{[xy]\\})|(?<=\\{[xy]\\}))")) {
            switch (piece) {
                case "{x}" -> context.fields().inline(pages, "PAGE" + words.numberFormat(), words.one());
                case "{y}" -> context.fields().inline(pages, "NUMPAGES" + words.numberFormat(), words.one());
                default -> context.fields().text(pages, piece);
            }
        }
    }

    private static void line(Context context, XWPFParagraph paragraph, String style, String text) {
        start(context, paragraph, style, text);
        context.fields().text(paragraph, text);
    }

    private static void start(Context context, XWPFParagraph paragraph, String style, String text) {
        paragraph.setStyle(style);
        context.direction().paragraph(paragraph, text);
    }

    private static XWPFParagraph firstParagraph(XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }
}
