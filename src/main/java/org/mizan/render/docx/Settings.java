package org.mizan.render.docx;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/**
 * Document settings: Word updates the fields (page numbers) on open, and treats the file as
 * a current Word document (compatibility mode 15) rather than opening it in "Compatibility Mode" with Word 2007
 * layout rules. POI's slim schema jar has no type for w:compat, so it is written as plain XML, after
 * w:updateFields as the schema orders them.
 */
final class Settings {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Settings() {
    }

    static void write(XWPFDocument doc) {
        doc.enforceUpdateFields();
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
        }
    }
}
