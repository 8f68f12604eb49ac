package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.bench.SyntheticDossier;
import org.mizan.pipeline.InputDirs;

/**
 * The page of a hundred-fold dossier (the benchmark's, 4,300 facts and 6,000 risks) stays under a megabyte of HTML,
 * the baseline and a what-if alike (it was 12.7 MB): the gravest risks' chains, a box for the first facts and a
 * field for any other, the first changes, each with a line saying how many more there are.
 */
class LargeDossierPageTest {

    private static final int MEGABYTE = 1 << 20;

    @TempDir
    static Path root;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
        SyntheticDossier.write(project.resolve("facts"), 100, root.resolve("facts"));
        copyTree(project.resolve("rules"), root.resolve("rules"));
        copyTree(project.resolve("templates"), root.resolve("templates"));
        InputDirs dirs = new InputDirs(root.resolve("facts"), root.resolve("rules"), root.resolve("templates"));
        server = WebServer.start(dirs, root.resolve("out"), new WebServer.Options("127.0.0.1", 0, List.of(),
                Duration.ofMinutes(10)));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBaselinePageOfAHundredfoldDossierIsUnderAMegabyte() {
        HttpResponse<byte[]> page = http.getBytes("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().length < MEGABYTE, page.body().length + " bytes");
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"chains-more\""), "says that more risks exist than it shows");
        assertTrue(html.contains("id=\"fact-id\""), "offers a field for the facts without a box");
        assertEquals(ChainHtml.MAX_RISKS, html.split("<details class=\"risk ", -1).length - 1);
    }

    @Test
    void aWhatIfPageOfAHundredfoldDossierIsUnderAMegabyte() {
        HttpResponse<byte[]> page = http.getBytes("/?lang=ar&fact=support-funding");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().length < MEGABYTE, page.body().length + " bytes");
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
