package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bringing the first dossier's brief up to date, as the README says: the 11 November brief, then
 * {@code generate --update facts/updates/2026-01-16 --since OUT}: a brief as of 16 January 2026 that cites the
 * Aleppo report, says what moved since 11 November, and keeps the earlier brief's labels.
 */
class UpdateCommandTest {

    private static final String UPDATE = "facts/updates/2026-01-16";

    @TempDir
    static Path dir;

    private static Path earlier;
    private static Path updated;

    private static String[] args(String... more) {
        Path project = CliRun.projectDir();
        String[] inputs = CliRun.inputArgs(project, "--update", project.resolve(UPDATE).toString());
        String[] all = new String[more.length + inputs.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(inputs, 0, all, more.length, inputs.length);
        return all;
    }

    @BeforeAll
    static void briefBothVersions() {
        earlier = dir.resolve("out-2025-11-11");
        CliRun first = CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("generate", "--format",
                "json", "--out", earlier.toString()), java.util.Arrays.stream(CliRun.inputArgs(CliRun.projectDir())))
                .toArray(String[]::new));
        assertEquals(0, first.exitCode(), first.err());
        updated = dir.resolve("out-2026-01-16");
        CliRun second = CliRun.of(args("generate", "--format", "docx,json", "--since", earlier.toString(), "--out",
                updated.toString()));
        assertEquals(0, second.exitCode(), second.err());
    }

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }

    @Test
    void theUpdatedBriefIsOf16January2026AndCitesTheAleppoReport() throws IOException {
        String en = text(updated.resolve("brief-en.docx"));
        assertTrue(en.contains("on sources up to 16 January 2026"), en);
        // The update's title and thesis: the bottom line opens with the news of January 2026, not of 10 November.
        assertTrue(en.contains("Syria in the anti-ISIS coalition: after the Aleppo fighting, the SDF question is still"
                + " open"), en);
        assertTrue(en.contains("In early January 2026 government forces fought the SDF-linked Asayish for six days in"
                + " Aleppo's Kurdish neighbourhoods of Sheikh Maqsoud and Ashrafiyeh; on 16 January the US envoy said"), en);
        assertTrue(en.contains("We now judge it very likely (80–95%) that the two sign no integration timetable by 16"
                + " January 2027."), en);
        assertTrue(en.contains("brought up to date by one report of The New Region (16 January 2026), its information"
                + " cut-off"), "the currency note is the update's");
        assertTrue(en.contains("The New Region: “Washington to keep integration talks open between SDF, Damascus”, 16"
                + " January 2026"), "the report is a cited source");
        assertTrue(en.contains("Six days of fighting in Aleppo's Sheikh Maqsoud and Ashrafiyeh between government forces"
                + " and the Asayish"), "the fighting is in the timeline and the evidence annex");
        assertTrue(en.contains("Since our brief of 11 November 2025"), en);
        // The fighting is the signpost the first judgment named: it is shown as observed, and the judgment raised.
        int fighting = new ObjectMapper().readTree(updated.resolve("findings.json").toFile()).path("labels")
                .path("evidence").path("event-aleppo-fighting").asInt();
        assertTrue(en.contains("Raised: R1 The Syrian transitional government and the SDF sign no timetable for folding"
                + " the SDF into the state's forces: likely → very likely. Because of: E" + fighting + " Six days of fighting"
                + " in Aleppo"), en);
        assertTrue(en.contains("Observed: clashes or arrests between the forces of the transitional government and the SDF — Six"
                + " days of fighting in Aleppo"), en);
        String ar = text(updated.resolve("brief-ar.docx"));
        assertTrue(ar.contains("منذ موجزنا المؤرخ"), ar);
        assertTrue(ar.contains("ذا نيو ريجن"), ar);
        assertTrue(ar.contains("المبعوث الأميركي: واشنطن تعمل على إعادة الحكومة وقسد إلى محادثات الدمج"), ar);
        assertTrue(ar.contains("خاضت القوات الحكومية مطلع يناير ٢٠٢٦ ستة أيام من القتال"), ar);
    }

    @Test
    void everyLabelOfTheEarlierBriefKeepsItsNumberAndTheNewFactsTakeTheNext() throws IOException {
        JsonNode before = new ObjectMapper().readTree(earlier.resolve("findings.json").toFile()).path("labels");
        JsonNode after = new ObjectMapper().readTree(updated.resolve("findings.json").toFile()).path("labels");
        int highest = 0;
        for (String kind : new String[] {"risks", "dependencies", "evidence"}) {
            assertTrue(before.path(kind).size() > 0, kind);
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) () -> before.path(kind).fields()) {
                assertEquals(e.getValue().asInt(), after.path(kind).path(e.getKey()).asInt(), kind + " " + e.getKey());
                if (kind.equals("evidence")) {
                    highest = Math.max(highest, e.getValue().asInt());
                }
            }
        }
        assertEquals(highest + 3, after.path("evidence").size(), "three new facts: the Asayish and two events");
        assertTrue(after.path("evidence").path("event-aleppo-fighting").asInt() > highest);
    }

    @Test
    void theManifestSaysHowToRemakeTheBriefWithTheUpdateAndTheEarlierBrief() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(updated.resolve("manifest.json").toFile());
        String regenerate = manifest.path("regenerate").asText();
        assertTrue(regenerate.contains(" --update ") && regenerate.contains(" --since "), regenerate);
        assertTrue(manifest.path("inputs").toString().contains("findings.json"), "the earlier brief is an input");
    }

    @Test
    void diffSinceTheEarlierBriefListsExactlyTheJudgmentTheFightingRaisedAndWhy() {
        CliRun run = CliRun.of(args("diff", "--since", earlier.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Since the brief with information up to 2025-11-11:\n"
                + "RAISED   integration-friction (sdf → government): "), run.out());
        assertTrue(run.out().contains("likely, high, confidence moderate → very likely, critical, confidence moderate\n"),
                run.out());
        assertTrue(run.out().contains("now rests on \"event-aleppo-fighting\" (thenewregion-2026-01-16 ¶4)\n"),
                run.out());
        assertTrue(run.out().contains("observed: Would raise it: clashes or arrests between the forces of the Syrian"
                + " transitional government and Syrian Democratic Forces (SDF). — \"event-aleppo-fighting\""), run.out());
        assertTrue(run.out().endsWith("\n1 raised, 0 lowered, 0 new, 0 settled, 0 retired, 0 regraded\n"), run.out());
    }

    @Test
    void nearMissAnEarlierBriefOfAnotherDossierIsAUsageMistake() throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"dossier\": \"sudan-red-sea\", \"risks\": []}");
        CliRun run = CliRun.of(args("generate", "--format", "json", "--since", other.toString(), "--out",
                dir.resolve("never").toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("a brief of dossier \"sudan-red-sea\", not \"northpress-coalition-syria\""),
                run.err());
        assertTrue(!Files.exists(dir.resolve("never").resolve("findings.json")));
    }
}
