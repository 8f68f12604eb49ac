package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.render.SampleBriefs;

class PdfAConformanceTest {

    @Test
    void theEnglishSampleIsValidPdfA1b() throws Exception {
        assertEquals(List.of(), PdfA.failuresOf(Renders.pdf(SampleBriefs.english())));
    }

    @Test
    void theArabicSampleIsValidPdfA1b() throws Exception {
        assertEquals(List.of(), PdfA.failuresOf(Renders.pdf(SampleBriefs.arabic())));
    }
}
