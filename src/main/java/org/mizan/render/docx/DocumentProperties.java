package org.mizan.render.docx;

import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.brief.Metadata;

/**
 * The file's properties (File > Info in Word): title, subject, author, keywords, identifier and language. Both
 * dates are the brief's timestamp, taken from its inputs, never the clock: same brief, same bytes.
 */
final class DocumentProperties {

    private DocumentProperties() {
    }

    static void write(XWPFDocument doc, Metadata meta) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setSubjectProperty(meta.subject());
        core.setCreator(meta.author());
        core.setLastModifiedByUser(meta.author());
        core.setKeywords(String.join(", ", meta.keywords()));
        core.setDescription(meta.subtitle());
        if (meta.documentId() != null) {
            core.setIdentifier(meta.documentId());
        }
        Optional<Date> when = Optional.ofNullable(meta.timestamp()).map(Date::from);
        core.setCreated(when);
        core.setModified(when);
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Mizan");
    }
}
