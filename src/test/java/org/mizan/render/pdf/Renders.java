package org.mizan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mizan.brief.Brief;

/** Renders briefs for the tests, and keeps a copy in the build directory to look at. */
final class Renders {

    private Renders() {
    }

    static byte[] pdf(Brief brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(brief, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path pdfFile(Brief brief, String name) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "mizan-pdf-tests");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name + ".pdf"), pdf(brief));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
