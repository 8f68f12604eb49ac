package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;

/** One generation of the article: both new sections reach the PDF and Word briefs in both languages. */
class GenerationHingeTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @Test
    void theBriefsAndFindingsCarryWhatTheJudgmentsHingeOn() throws Exception {
        InputDirs dirs = new InputDirs(PROJECT.resolve("facts"), PROJECT.resolve("rules"),
                PROJECT.resolve("templates"));
        try (Workbench bench = new Workbench(dirs)) {
            LoadedInputs loaded = bench.load();
            Findings findings = Inference.run(loaded.rules(), loaded.dossier(), Set.of());
            Map<String, byte[]> out = Generation.run(loaded, loaded.dossier(), findings, null, null,
                    new Generation.Request(List.of(Language.EN, Language.AR),
                            List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.JSON)))
                    .stream().collect(Collectors.toMap(Artifact::fileName, Artifact::bytes));
            assertHeadings(documentXml(out.get("brief-en.docx")),
                    "What our judgments hinge on", "Competing hypotheses");
            assertHeadings(documentXml(out.get("brief-ar.docx")),
                    "ما تتوقف عليه أحكامنا", "الفرضيات المتنافسة");
            assertTrue(out.get("brief-en.pdf").length > 10_000 && out.get("brief-ar.pdf").length > 10_000);
            String json = new String(out.get("findings.json"), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"linchpins\"") && json.contains("\"ach\""), "findings.json");
        }
    }

    @Test
    void aRunWithARuleSwitchedOffGetsTheHingesOfThatRunNotOfTheBaseline() {
        String rule = "Drawdown would leave a partner force unpaid";
        InputDirs dirs = new InputDirs(PROJECT.resolve("facts"), PROJECT.resolve("rules"),
                PROJECT.resolve("templates"));
        try (Workbench bench = new Workbench(dirs)) {
            LoadedInputs loaded = bench.load();
            var all = Generation.briefInput(loaded, new Generation.Subject(loaded.dossier(),
                    Inference.run(loaded.rules(), loaded.dossier(), Set.of()), null, null, Set.of()));
            var off = Generation.briefInput(loaded, new Generation.Subject(loaded.dossier(),
                    Inference.run(loaded.rules(), loaded.dossier(), Set.of(rule)), "without", null, Set.of(rule)));
            assertTrue(all.sensitivity().rules().stream().anyMatch(i -> i.removed().equals(rule)),
                    "in the baseline, taking the rule away changes judgments");
            assertTrue(off.sensitivity().rules().stream().noneMatch(i -> i.removed().equals(rule)),
                    "with the rule already off, it is no hinge");
            assertTrue(!all.sensitivity().facts().equals(off.sensitivity().facts()),
                    "facts are taken away with the rule still off");
        }
    }

    private static void assertHeadings(String xml, String... headings) {
        for (String h : headings) {
            assertTrue(xml.contains(h), h);
        }
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
