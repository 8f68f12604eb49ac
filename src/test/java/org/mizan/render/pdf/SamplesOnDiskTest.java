package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;
import org.mizan.render.SampleBriefs;

/** Writes the sample briefs to java.io.tmpdir/mizan-pdf-tests, so a person can look at them (pdftoppm). */
class SamplesOnDiskTest {

    @Test
    void samplesAreWrittenAsPdf14ForAPersonToLookAt() throws Exception {
        for (Path file : new Path[] {
                Renders.pdfFile(SampleBriefs.english(), "sample-en"),
                Renders.pdfFile(SampleBriefs.arabic(), "sample-ar"),
                Renders.pdfFile(LongBriefs.of(Language.EN), "long-en"),
                Renders.pdfFile(LongBriefs.of(Language.AR), "long-ar")}) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
            // PDF/A-1 is based on PDF 1.4.
            assertEquals("%PDF-1.4", new String(head, StandardCharsets.ISO_8859_1), file.toString());
        }
    }
}
