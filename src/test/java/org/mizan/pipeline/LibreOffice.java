package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Opens a file in LibreOffice, as an analyst would, and saves it in another format: the tests' way of seeing what
 * LibreOffice makes of a Word brief or a workbook. A test using it is skipped where LibreOffice is not installed
 * (.ci/run installs it).
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * {@code file} converted by {@code soffice --convert-to format} into {@code dir}, with a profile of its own
     * there; the converted file, named as LibreOffice names it ({@code extension} in place of the file's own).
     */
    static Path convert(Path file, String format, String extension, Path dir) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
                    "--convert-to", format, "--outdir", dir.toString(), file.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "LibreOffice (soffice) is not installed; .ci/run installs it");
            throw e;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        String name = file.getFileName().toString();
        Path converted = dir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
        assertTrue(Files.exists(converted), "LibreOffice could not convert " + name + ": " + log);
        return converted;
    }
}
