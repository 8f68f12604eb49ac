package org.mizan.render.docx;

import org.mizan.dossier.Language;

/**
 * The few fixed words the Word file needs that the document model on this branch does not carry: the contents
 * heading, the footer's "page x of y" ({x} and {y} mark the two numbers), a hint shown until Word builds the
 * table of contents, and the field switch that writes page numbers in the brief's digits (Arabic-Indic in the
 * Arabic brief, as the body text writes its numbers).
 */
record Words(String contents, String pageOf, String updateHint, String numberFormat, String one) {

    static Words of(Language language) {
        return switch (language) {
            case EN -> new Words("Contents", "Page {x} of {y}",
                    "Update the field (F9) to build the table of contents.", "", "1");
            case AR -> new Words("المحتويات", "صفحة {x} من {y}",
                    "حدّث الحقل (F9) لإنشاء جدول المحتويات.", " \\* HindiArabic", "\u0661");
        };
    }
}
