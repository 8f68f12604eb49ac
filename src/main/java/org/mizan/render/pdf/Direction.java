package org.mizan.render.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.dossier.Language;

/**
 * What the brief's language decides about layout and the few words the renderer prints itself ("page x of y"):
 * the model carries no such words, so this tiny per-language map lives here. Arabic uses Arabic-Indic digits.
 */
final class Direction {

    private final Language language;

    Direction(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    boolean rtl() {
        return language.rightToLeft();
    }

    int runDirection() {
        return rtl() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /**
     * Alignment to the side where lines start. OpenPDF mirrors ALIGN_LEFT and ALIGN_RIGHT inside right-to-left
     * columns, so ALIGN_LEFT already means "start" there.
     */
    int start() {
        return Element.ALIGN_LEFT;
    }

    int end() {
        return Element.ALIGN_RIGHT;
    }

    String pageOf(int page, int total) {
        return rtl() ? "صفحة " + digits(page) + " من " + digits(total) : "Page " + page + " of " + total;
    }

    String number(int n) {
        return rtl() ? digits(n) + "." : n + ".";
    }

    /**
     * Separates parts of a line such as "author · date". Not a middle dot in Arabic: next to Arabic-Indic digits
     * it would read as a zero (٠).
     */
    String separator() {
        return rtl() ? "، " : " · ";
    }

    String bullet() {
        return "•";
    }

    String date(Instant instant) {
        Locale locale = Locale.forLanguageTag(language.code());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC);
        if (rtl()) {
            format = format.withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit('٠'));
        }
        return format.format(instant);
    }

    /** Western digits to Arabic-Indic ones, which Arabic readers expect in running text. */
    static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(Character.isDigit(c) ? (char) ('٠' + (c - '0')) : c);
        }
        return s.toString();
    }
}
