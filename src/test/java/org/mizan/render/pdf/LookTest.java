package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mizan.render.SampleBriefs;

class LookTest {
    @Test
    void writesSamples() throws Exception {
        Path en = Renders.pdfFile(SampleBriefs.english(), "sample-en");
        Path ar = Renders.pdfFile(SampleBriefs.arabic(), "sample-ar");
        assertTrue(Files.size(en) > 0 && Files.size(ar) > 0);
    }
}
