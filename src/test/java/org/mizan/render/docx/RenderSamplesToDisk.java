package org.mizan.render.docx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mizan.render.SampleBriefs;

/** Writes the two sample briefs as .docx for looking at (through LibreOffice); not a test. */
final class RenderSamplesToDisk {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/docx-out"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample-en.docx"))) {
            new DocxRenderer().render(SampleBriefs.english(), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample-ar.docx"))) {
            new DocxRenderer().render(SampleBriefs.arabic(), out);
        }
    }
}
