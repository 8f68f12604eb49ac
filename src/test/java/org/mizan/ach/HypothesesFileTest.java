package org.mizan.ach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** facts/hypotheses.json: read in the dossier's dialect, every problem reported at its line and column. */
class HypothesesFileTest {

    @TempDir
    Path facts;

    private List<String> problems(String json) throws IOException {
        Files.writeString(facts.resolve("hypotheses.json"), json);
        InputException e = assertThrows(InputException.class, () -> HypothesesFile.load(facts));
        return e.problems().stream().map(Problem::format).map(s -> s.substring(s.indexOf("hypotheses.json"))).toList();
    }

    @Test
    void theProjectsHypothesesLoadWithTheThreeTrendsAndThePoliticalReading() {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).resolve("facts");
        List<Hypothesis> read = HypothesesFile.load(project);
        // The fourth, "political membership only", is the newest source's reading, rated by the dossier's own rules.
        assertEquals(List.of(Trend.PRESENCE_DEEPENS, Trend.DRAWDOWN, Trend.PARTNERSHIP_BREAKS_DOWN, Trend.OTHER),
                read.stream().map(Hypothesis::trend).toList());
        assertEquals("hyp-political-membership", read.get(3).id());
        assertTrue(read.stream().allMatch(h -> h.title().ar().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)));
    }

    @Test
    void noFileMeansNoHypotheses() {
        assertEquals(List.of(), HypothesesFile.load(facts));
    }

    @Test
    void aBadTrendIsReportedAtItsValue() throws IOException {
        assertEquals(List.of("hypotheses.json:4:4: error: invalid trend \"collapse\" (allowed: presence_deepens,"
                        + " drawdown, partnership_breaks_down, other)"),
                problems("""
                        {"hypotheses": [
                          {"id": "hyp-a", "title": {"en": "A", "ar": "أ"},
                           "statement": {"en": "A", "ar": "أ"},
                           "trend": "collapse"}
                        ]}
                        """));
    }

    @Test
    void missingArabicBadIdsAndDuplicatesAreAllReported() throws IOException {
        List<String> found = problems("""
                {
                  // comments are allowed, as in the dossier
                  "hypotheses": [
                    {"id": "hyp-a", "title": {"en": "A", "ar": ""}, "statement": {"en": "A", "ar": "أ"}, "trend": "other"},
                    {"id": "Hyp B", "title": {"en": "B", "ar": "ب"}, "statement": {"en": "B", "ar": "ب"}, "trend": "other"},
                    {"id": "hyp-a", "title": {"en": "C", "ar": "ج"}, "statement": {"en": "C", "ar": "ج"}, "trend": "other"},
                  ]
                }
                """);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("hypotheses.json:4:"), found.get(0));
        assertTrue(found.get(0).contains("missing title.ar in hypothesis \"hyp-a\""), found.get(0));
        assertTrue(found.get(1).startsWith("hypotheses.json:5:") && found.get(1).contains("invalid id \"Hyp B\""),
                found.get(1));
        assertTrue(found.get(2).startsWith("hypotheses.json:6:5: error: duplicate hypothesis id \"hyp-a\""),
                found.get(2));
    }

    @Test
    void syntaxErrorsAndUnknownKeysPointAtTheirPlace() throws IOException {
        assertEquals(List.of("hypotheses.json:1:2: error: unknown key \"hypothesis\" (allowed: hypotheses)"),
                problems("{\"hypothesis\": []}"));
        List<String> syntax = problems("{\"hypotheses\": [\n  {\"id\": \"hyp-a\",,}\n]}");
        assertTrue(syntax.get(0).startsWith("hypotheses.json:2:"), syntax.toString());
        assertTrue(syntax.get(0).contains("invalid JSON"), syntax.toString());
    }
}
