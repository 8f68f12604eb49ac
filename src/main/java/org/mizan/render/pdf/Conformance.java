package org.mizan.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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

import org.mizan.brief.Metadata;

/**
 * Document properties, PDF/A-1b and reproducibility. The dates come from the brief's timestamp and the file
 * identifier from its document id, never from the clock or a random source: same brief, same bytes.
 */
final class Conformance {

    private Conformance() {
    }

    /** Before {@code document.open()}: properties that go into the info dictionary, and the PDF/A level. */
    static void beforeOpen(Document document, PdfWriter writer, Metadata meta) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
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
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.language().code()));
        writer.createXmpMetadata();
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    }

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
