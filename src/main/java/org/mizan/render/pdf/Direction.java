package org.mizan.render.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.brief.Metadata;
import org.mizan.brief.PageWords;
import org.mizan.dossier.Language;

/**
 * What the brief's language decides about layout, and the few words and numbers the renderer sets itself:
 * "page x of y" and list numbers come from the model's {@link PageWords}, in the brief's own digits.
 */
final class Direction {

    private final Language language;
    private final PageWords words;

    Direction(Metadata meta) {
        this.language = meta.language();
        this.words = meta.pageWords();
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
        return words.format(page, total);
    }

    /** A page number in the brief's digits. */
    String pageNumber(int n) {
        return words.number(n);
    }

    String number(int n) {
        return words.number(n) + ".";
    }

    String bullet() {
        return "•";
    }

    /**
     * Separates parts of a line such as "author · date". Not a middle dot in Arabic: next to Arabic-Indic digits
     * it would read as a zero (٠).
     */
    String separator() {
        return rtl() ? "، " : " · ";
    }

    /** The day, month name and year in the brief's language and digits. */
    String date(Instant instant) {
        Locale locale = Locale.forLanguageTag(language.code());
        char zero = words.digits().charAt(0);
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC)
                .withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit(zero)).format(instant);
    }
}
