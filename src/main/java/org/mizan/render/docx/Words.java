package org.mizan.render.docx;

import org.mizan.dossier.Language;

/**
 * The few fixed words the Word file needs that the document model does not carry: the contents heading, the
 * footer's "page x of y", and a hint shown until Word rebuilds the table of contents.
 */
record Words(String contents, String page, String of, String updateHint) {

    static Words of(Language language) {
        return switch (language) {
            case EN -> new Words("Contents", "Page", "of",
                    "Update the field (F9) to build the table of contents.");
            case AR -> new Words("المحتويات", "صفحة", "من",
                    "حدّث الحقل (F9) لإنشاء جدول المحتويات.");
        };
    }
}
