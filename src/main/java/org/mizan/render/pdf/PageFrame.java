package org.mizan.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.render.Palette;

/**
 * The running header (title, marking) and footer (marking, "page x of y") of every page, mirrored in Arabic.
 * The total page count is known only at the end, so each page's number is a template filled in when the
 * document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float HEADER_GAP = 24;
    private static final float FOOTER_GAP = 30;
    private static final float NUMBER_WIDTH = 120;
    private static final float NUMBER_HEIGHT = 16;
    private static final PdfName HEADER = new PdfName("Header");
    private static final PdfName FOOTER = new PdfName("Footer");

    private final Typography type;
    private final Direction direction;
    private final String title;
    private final String marking;
    private final List<PdfTemplate> numbers = new ArrayList<>();

    PageFrame(Typography type, Direction direction, String title, String marking) {
        this.type = type;
        this.direction = direction;
        this.title = title == null ? "" : title;
        this.marking = marking == null ? "" : marking;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float headerY = document.top() + HEADER_GAP;
        float footerY = document.bottom() - FOOTER_GAP;
        // Running heads repeat on every page: artifacts, not part of the structure a screen reader reads.
        cb.beginMarkedContentSequence(Tags.ARTIFACT, pagination(HEADER), true);
        rule(cb, document, headerY - 5);
        float half = (document.right() - document.left()) / 2 - 12;
        text(cb, fit(title, Style.PAGE, half), Style.PAGE, startX(document), headerY, startAlign());
        text(cb, marking, Style.MARKING, endX(document), headerY, endAlign());
        cb.endMarkedContentSequence();
        cb.beginMarkedContentSequence(Tags.ARTIFACT, pagination(FOOTER), true);
        rule(cb, document, footerY + NUMBER_HEIGHT - 4);
        text(cb, marking, Style.MARKING, startX(document), footerY, startAlign());
        PdfTemplate number = cb.createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT);
        numbers.add(number);
        float x = direction.rtl() ? document.left() : document.right() - NUMBER_WIDTH;
        cb.addTemplate(number, x, footerY - 4);
        cb.endMarkedContentSequence();
    }

    private static PdfDictionary pagination(PdfName subtype) {
        PdfDictionary properties = Tags.pagination();
        properties.put(PdfName.SUBTYPE, subtype);
        return properties;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = numbers.size();
        for (int i = 0; i < total; i++) {
            float x = direction.rtl() ? 0 : NUMBER_WIDTH;
            text(numbers.get(i), direction.pageOf(i + 1, total), Style.PAGE, x, 4, endAlign());
        }
    }

    /** The text, cut at a word and ended with an ellipsis if it is wider than {@code width}. */
    private String fit(String text, Style style, float width) {
        String fitted = text;
        while (width(fitted, style) > width && fitted.contains(" ")) {
            fitted = fitted.substring(0, fitted.lastIndexOf(' ')).strip() + "…";
        }
        return fitted;
    }

    private float width(String text, Style style) {
        return ColumnText.getWidth(type.phrase(text, style), direction.runDirection(), 0);
    }

    private void text(PdfContentByte cb, String text, Style style, float x, float y, int align) {
        Phrase phrase = type.phrase(text, style);
        ColumnText.showTextAligned(cb, align, phrase, x, y, 0, direction.runDirection(), 0);
    }

    private static void rule(PdfContentByte cb, Document document, float y) {
        cb.saveState();
        cb.setColorStroke(new Color(Palette.RULE));
        cb.setLineWidth(0.5f);
        cb.moveTo(document.left(), y);
        cb.lineTo(document.right(), y);
        cb.stroke();
        cb.restoreState();
    }

    /** x of the side where lines start: the left margin in English, the right one in Arabic. */
    private float startX(Document page) {
        return direction.rtl() ? page.right() : page.left();
    }

    private float endX(Document page) {
        return direction.rtl() ? page.left() : page.right();
    }

    // showTextAligned anchors the text visually: ALIGN_LEFT puts its left edge at x, whatever the direction.
    private int startAlign() {
        return direction.rtl() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private int endAlign() {
        return direction.rtl() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
    }
}
