package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.junit.jupiter.api.Test;
import org.mizan.render.SampleBriefs;

class PdfAConformanceTest {

    @Test
    void theEnglishSampleIsValidPdfA1a() throws Exception {
        assertEquals(List.of(), PdfA.failuresOf(Renders.pdf(SampleBriefs.english())));
    }

    @Test
    void theArabicSampleIsValidPdfA1a() throws Exception {
        assertEquals(List.of(), PdfA.failuresOf(Renders.pdf(SampleBriefs.arabic())));
    }

    /** The near miss: an ordinary PDF (no output intent, no XMP, a font not embedded) must fail the check. */
    @Test
    void anOrdinaryPdfIsNotPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("plain"));
        document.close();
        assertFalse(PdfA.failuresOf(out.toByteArray()).isEmpty());
    }
}
