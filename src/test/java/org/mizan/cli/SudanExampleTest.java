package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second example dossier, examples/sudan-red-sea (issue 21, item 5): the shipped rules, with no rule file of the
 * dossier's own, carry a story the first dossier knows nothing of, and its briefs carry nothing of the first story.
 */
class SudanExampleTest {

    /** The first story's proper names, in both languages: none may reach a brief on the second. */
    private static final List<String> FIRST_STORY = List.of("SDF", "ISIS", "Damascus", "Iraq", "Syria", "Caesar",
            "Kobani", "Raqqa", "Hasakah", "al-Sharaa", "قسد", "داعش", "دمشق", "العراق", "سوريا", "سورية", "قيصر",
            "كوباني", "الرقة", "الحسكة", "الشرع");

    @TempDir
    static Path work;
    private static CliRun run;
    private static JsonNode findings;

    @BeforeAll
    static void generate() throws IOException {
        Path dossier = CliRun.projectDir().resolve("examples/sudan-red-sea");
        run = CliRun.of("generate", "--facts", dossier.toString(), "--out", work.resolve("out").toString());
        findings = new ObjectMapper().readTree(work.resolve("out/findings.json").toFile());
    }

    @Test
    void theDocumentedCommandWritesFourBriefsAndTheFindings() {
        assertEquals(0, run.exitCode(), run.err());
        for (String file : List.of("brief-en.pdf", "brief-ar.pdf", "brief-en.docx", "brief-ar.docx", "findings.json")) {
            assertTrue(Files.isRegularFile(work.resolve("out").resolve(file)), file);
        }
    }

    @Test
    void theSharedRulesFindAtLeastThreeDependencies() {
        assertTrue(findings.get("dependencies").size() >= 3, findings.get("dependencies").toString());
    }

    @Test
    void theSharedRulesMakeAtLeastThreeJudgmentsOfTwoKinds() {
        JsonNode judgments = findings.get("risks");
        Set<String> kinds = new TreeSet<>();
        judgments.forEach(j -> kinds.add(j.get("kind").asText()));
        assertTrue(judgments.size() >= 3, judgments.toString());
        assertTrue(kinds.size() >= 2, "kinds: " + kinds);
    }

    @Test
    void noRuleOfTheDossiersOwnIsNeeded() throws IOException {
        Path dossier = CliRun.projectDir().resolve("examples/sudan-red-sea");
        try (Stream<Path> files = Files.walk(dossier)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".drl")).toList());
        }
    }

    @Test
    void neitherBriefNamesTheFirstStory() throws IOException {
        for (String lang : List.of("en", "ar")) {
            String text = docxText(work.resolve("out/brief-" + lang + ".docx"));
            assertTrue(text.contains(lang.equals("en") ? "Port Sudan" : "بورتسودان"), "the brief is on the second story");
            for (String name : FIRST_STORY) {
                assertTrue(!text.contains(name), "brief-" + lang + " names " + name + ": "
                        + around(text, name));
            }
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String around(String text, String name) {
        int at = text.indexOf(name);
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }
}
