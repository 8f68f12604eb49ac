package org.mizan.render.docx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.brief.Metadata;
import org.mizan.render.OfficeProperties;

/**
 * The file's properties (File > Info in Word): title, subject, author, keywords, identifier and language. Both
 * dates are the brief's timestamp, taken from its inputs, never the clock: same brief, same bytes.
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static void write(XWPFDocument doc, Metadata meta) {
        POIXMLProperties.CoreProperties core = OfficeProperties.write(doc.getProperties(), meta);
        core.setSubjectProperty(meta.subject());
        core.setKeywords(String.join(", ", meta.keywords()));
    }
}
