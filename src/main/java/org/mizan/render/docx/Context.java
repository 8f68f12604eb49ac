package org.mizan.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.dossier.Language;

/** What every writer of one brief shares: the document, its direction and words, bookmarks, fields, lists. */
record Context(XWPFDocument doc, Language language, Direction direction, Words words, Bookmarks bookmarks,
               Fields fields, ListNumbering lists) {

    static Context of(XWPFDocument doc, Language language) {
        Direction direction = new Direction(language);
        return new Context(doc, language, direction, Words.of(language), new Bookmarks(), new Fields(direction),
                new ListNumbering(doc));
    }
}
