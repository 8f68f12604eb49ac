package org.mizan.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.brief.Brief;
import org.mizan.dossier.Language;

/** What every writer of one brief shares: the document, its direction and words, bookmarks, fields, lists. */
record Context(XWPFDocument doc, Language language, Direction direction, Words words, Bookmarks bookmarks,
               Fields fields, ListNumbering lists) {

    static Context of(XWPFDocument doc, Brief brief) {
        Language language = brief.metadata().language();
        Direction direction = new Direction(language);
        return new Context(doc, language, direction, Words.of(brief.metadata()), new Bookmarks(Anchors.of(brief.sections())),
                new Fields(direction), new ListNumbering(doc));
    }
}
