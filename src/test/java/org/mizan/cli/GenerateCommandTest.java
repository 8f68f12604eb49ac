package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate` on the article's dossier: what an analyst gets in out/. */
class GenerateCommandTest {

    private static final List<String> OUTPUTS =
            List.of("brief-en.pdf", "brief-en.docx", "brief-ar.pdf", "brief-ar.docx", "findings.json");

    @TempDir
    static Path work;

    static CliRun first;

    @BeforeAll
    static void generateOnce() {
        CliRun.copyInputs(work);
        first = CliRun.of(prepend("generate", CliRun.inputArgs(work, "--out", work.resolve("out").toString())));
    }

    @Test
    void writesTheFourBriefsAndTheFindings() {
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        for (String name : OUTPUTS) {
            assertTrue(Files.isRegularFile(work.resolve("out").resolve(name)), name);
            assertTrue(first.out().contains(name), "prints what it wrote: " + name);
        }
    }

    @Test
    void pdfsAndDocxFilesReopen() throws IOException {
        for (String lang : List.of("en", "ar")) {
            PdfReader pdf = new PdfReader(work.resolve("out/brief-" + lang + ".pdf").toString());
            assertTrue(pdf.getNumberOfPages() >= 2, "a real brief has several pages");
            pdf.close();
            try (InputStream in = Files.newInputStream(work.resolve("out/brief-" + lang + ".docx"));
                 XWPFDocument docx = new XWPFDocument(in)) {
                assertFalse(docx.getTables().isEmpty());
            }
        }
    }

    @Test
    void findingsJsonKeepsItsContractAndEveryReasonResolves() throws IOException {
        JsonNode root = new ObjectMapper().readTree(work.resolve("out/findings.json").toFile());
        assertTrue(root.get("dossier").isTextual());
        assertTrue(root.has("scenario"));
        for (String key : List.of("facts", "rules", "templates")) {
            assertEquals(64, root.get("inputs").get(key).asText().length(), "sha256 of " + key);
        }
        Set<String> known = new HashSet<>();
        root.get("dependencies").forEach(d -> known.add(d.get("id").asText()));
        root.get("risks").forEach(r -> known.add(r.get("id").asText()));
        assertTrue(root.get("dependencies").size() >= 10, "at least 10 dependencies on the article");
        assertTrue(root.get("risks").size() >= 8, "at least 8 risks on the article");
        known.addAll(org.mizan.dossier.DossierLoader.load(work.resolve("facts")).factsById().keySet());
        for (String kind : List.of("dependencies", "risks")) {
            for (JsonNode f : root.get(kind)) {
                f.get("because").forEach(id -> assertTrue(known.contains(id.asText()),
                        f.get("id").asText() + " rests on unknown id " + id.asText()));
            }
        }
        for (JsonNode r : root.get("risks")) {
            for (String key : List.of("id", "kind", "subject", "object", "title", "category", "confidence",
                    "confidenceReasons", "group", "rule", "because", "indicators", "assumptions")) {
                assertTrue(r.has(key), "judgment has " + key);
            }
            // By kind: a vulnerability has strength and exposure and no likelihood; a risk a horizon; a contingency
            // a conditional likelihood and its trigger.
            List<String> byKind = switch (r.get("kind").asText()) {
                case "vulnerability" -> List.of("strength", "exposure");
                case "risk" -> List.of("likelihood", "likelihoodBasis", "impact", "horizon");
                case "contingency" -> List.of("likelihood", "likelihoodBasis", "impact", "trigger", "conditional");
                default -> throw new AssertionError("unknown kind " + r.get("kind"));
            };
            byKind.forEach(key -> assertTrue(r.has(key), r.get("kind").asText() + " has " + key));
            assertEquals(r.get("kind").asText().equals("vulnerability"), !r.has("likelihood"),
                    "only a vulnerability has no likelihood");
            assertTrue(List.of("low", "moderate", "high").contains(r.get("confidence").asText()));
            assertFalse(r.get("because").isEmpty());
            assertFalse(r.get("subject").isNull(), "every shipped rule names what its judgment is about");
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        Path again = work.resolve("again");
        CliRun second = CliRun.of(prepend("generate", CliRun.inputArgs(work, "--out", again.toString())));
        assertEquals(ExitCode.OK, second.exitCode(), second.err());
        for (String name : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(work.resolve("out").resolve(name)),
                    Files.readAllBytes(again.resolve(name)), name + " differs between two runs");
        }
    }

    @Test
    void languageAndFormatOptionsChooseTheOutputs(@TempDir Path out) {
        CliRun run = CliRun.of(prepend("generate",
                CliRun.inputArgs(work, "--out", out.toString(), "--lang", "ar", "--format", "pdf,json")));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("brief-ar.pdf")));
        assertTrue(Files.exists(out.resolve("findings.json")));
        assertFalse(Files.exists(out.resolve("brief-en.pdf")));
        assertFalse(Files.exists(out.resolve("brief-ar.docx")));
    }

    static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
