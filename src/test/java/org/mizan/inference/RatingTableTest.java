package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/** rules/rating.drl.csv: likelihood x impact -> rating, a table an analyst edits in a spreadsheet. */
class RatingTableTest {

    private static final String ROW = "Rating very likely x severe,VERY_LIKELY,SEVERE,";

    @TempDir
    Path dir;

    @Test
    void anEditedRowChangesTheRatingAtTheNextRunWithoutARebuild() throws IOException {
        Path table = copyRules();
        // The article's unpaid-force contingency is likely x severe (very likely, lowered by the force's oil fields).
        String likelySevere = "Rating likely x severe,LIKELY,SEVERE,";
        replace(table, likelySevere + "CRITICAL", likelySevere + "MEDIUM");
        try (RuleBase rules = RuleBase.compile(dir)) {
            Findings f = Inference.run(rules, dossier(ArticleFacts.all()), Set.of());
            assertEquals(Rating.MEDIUM, InferenceTest.only(f, "drawdown-unpaid-force").rating());
        }
    }

    @Test
    void aMissingRowIsReportedAgainstTheTableWhenTheRulesAreCompiled() throws IOException {
        Path table = copyRules();
        replace(table, ROW + "CRITICAL\n", "");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertEquals(List.of(Problem.at(DisplayPaths.of(table), 0, 0,
                "no row rates likelihood \"very likely\" with impact SEVERE")), e.problems());
    }

    @Test
    void twoRowsThatDisagreeAreReported() throws IOException {
        Path table = copyRules();
        replace(table, ROW + "CRITICAL\n", ROW + "CRITICAL\nRating again,VERY_LIKELY,SEVERE,LOW\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertEquals("rows disagree on likelihood \"very likely\" with impact SEVERE: [LOW, CRITICAL]",
                e.problems().get(0).message());
    }

    @Test
    void withoutARatingTableTheRulesDoNotCompile() throws IOException {
        Files.delete(copyRules());
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertTrue(e.getMessage().contains("missing rating table rating.drl.csv"), e.getMessage());
    }

    @Test
    void aBadValueInTheTableIsReportedWithTheTableAndTheRowName() throws IOException {
        Path table = copyRules();
        replace(table, ROW + "CRITICAL", ROW + "DIRE");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        Problem p = e.problems().get(0);
        assertEquals(new SourceLocation(DisplayPaths.of(table), lineOf(table, "DIRE"), ROW.length() + 1), p.where());
        assertTrue(p.message().startsWith("\"DIRE\" is not a known value (row \"Rating very likely x severe\")"), p.message());
    }

    private Path copyRules() throws IOException {
        try (Stream<Path> files = Files.list(RuleVerifier.rulesDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.resolve("rating.drl.csv");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return 1 + lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }
}
