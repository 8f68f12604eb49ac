package org.mizan.render.docx;

import org.mizan.brief.Metadata;
import org.mizan.brief.PageWords;

/**
 * The fixed words the Word file sets around the content: "page x of y" comes from the brief ({@link PageWords},
 * worded in templates/). {@code numberFormat} is the field switch that writes
 * page numbers in the brief's digits (Arabic-Indic in the Arabic brief, as its body text does).
 */
record Words(String pageOf, String numberFormat, String one) {

    static Words of(Metadata metadata) {
        PageWords page = metadata.pageWords();
        boolean arabicDigits = PageWords.ARABIC_INDIC_DIGITS.equals(page.digits());
        return new Words(page.pageOf(), arabicDigits ? " \\* HindiArabic" : "", page.number(1));
    }
}
