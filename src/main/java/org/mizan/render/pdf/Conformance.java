package org.mizan.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;

import org.mizan.brief.Metadata;

/**
 * Document properties, PDF/A-1a and PDF/UA-1 identification, and reproducibility. The dates come from the brief's
 * timestamp and the file identifier from its document id, never from the clock or a random source: same brief, same
 * bytes.
 */
final class Conformance {

    private Conformance() {
    }

    /** Before {@code document.open()}: properties that go into the info dictionary, and the PDF/A level. */
    static void beforeOpen(Document document, PdfWriter writer, Metadata meta) {
        // PDF/A-1a: level b plus a structure tree and Unicode for all text, which the tagging and the logical
        // ToUnicode maps give. OpenPDF 2.0.5 writes no PDF/A-2, and nothing here needs PDF 1.7.
        writer.setPDFXConformance(PdfWriter.PDFA1A);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setTagged();
        // Tab order follows the structure tree; viewers show the title, not the file name (PDF/UA).
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(orEmpty(meta.title()));
        document.addAuthor(orEmpty(meta.author()));
        document.addSubject(orEmpty(meta.subject()));
        document.addKeywords(String.join(", ", meta.keywords()));
        document.addCreator("Mizan");
    }

    /** After {@code document.open()}: fixed dates and id, then the XMP packet and the sRGB output intent. */
    static void afterOpen(PdfWriter writer, Metadata meta) throws IOException {
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(calendar(meta));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        byte[] id = digest(meta.documentId());
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        // What reproduces the brief (version, checksums) as custom entries: PDF/A-1 asks XMP copies only of the
        // entries its schemas predefine, and a reader's pages need none of it.
        meta.provenance().forEach((key, value) -> info.put(new PdfName(key), new PdfString(value)));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language().code()));
        writer.setXmpMetadata(xmp(writer));
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    }

    /**
     * The XMP packet OpenPDF writes (PDF/A identification, Dublin Core from the info dictionary) plus the PDF/UA
     * identification, and the extension schema PDF/A-1 requires for a property outside its predefined schemas.
     */
    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(out, writer.getInfo(), writer.getPDFXConformance());
        xmp.addRdfDescription("xmlns:pdfuaid=\"" + PDFUA_NS + "\"", "<pdfuaid:part>1</pdfuaid:part>");
        xmp.addRdfDescription(EXTENSION_NS, UA_SCHEMA);
        xmp.close();
        return out.toByteArray();
    }

    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    private static final String EXTENSION_NS = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
            + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
            + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";
    private static final String UA_SCHEMA = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:namespaceURI>" + PDFUA_NS + "</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>";

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Calendar calendar(Metadata meta) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(meta.timestamp().toEpochMilli());
        return cal;
    }

    /** Sixteen bytes derived from the document id: the /ID a PDF expects, stable for the same inputs. */
    private static byte[] digest(String documentId) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return md5.digest(documentId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
