package org.mizan.render.docx;

import org.mizan.brief.Metadata;
import org.mizan.brief.PageWords;
import org.mizan.dossier.Language;

/**
 * The fixed words the Word file sets around the content. The contents heading and "page x of y" come from the
 * brief ({@link PageWords}, worded in templates/); only the hint shown until Word builds the table of contents
 * is the renderer's own, since it is about Word itself. {@code numberFormat} is the field switch that writes
 * page numbers in the brief's digits (Arabic-Indic in the Arabic brief, as its body text does).
 */
record Words(String contents, String pageOf, String updateHint, String numberFormat, String one) {

    static Words of(Metadata metadata) {
        PageWords page = metadata.pageWords();
        boolean arabicDigits = PageWords.ARABIC_INDIC_DIGITS.equals(page.digits());
        return new Words(page.contents(), page.pageOf(), updateHint(metadata.language()),
                arabicDigits ? " \\* HindiArabic" : "", page.number(1));
    }

    private static String updateHint(Language language) {
        return switch (language) {
            case EN -> "Update the field (F9) to build the table of contents.";
            case AR -> "حدّث الحقل (F9) لإنشاء جدول المحتويات.";
        };
    }
}
