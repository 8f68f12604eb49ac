package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** Compiling rules from disk, and what the analyst sees when a rule file is wrong. */
class RuleBaseTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\n";

    @Test
    void theProjectRulesCompileAndNameEveryRule() {
        RuleBase rules = RuleVerifier.projectRules();
        assertTrue(rules.ruleNames().contains("Single-patron concentration"));
        assertTrue(rules.ruleNames().contains("Self-financing rests on protected resources"));
        assertEquals(64, rules.digest().length());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileLineAndColumnWithoutTheNullPackageNoise() throws IOException {
        Path drl = write("broken.drl", HEADER + "rule \"Broken\"\nwhen\n    Support(type == )\nthen\nend\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        Problem p = e.problems().get(0);
        assertEquals(DisplayPaths.of(drl), p.where().file());
        assertEquals(8, p.where().line());
        assertTrue(p.where().column() > 1, "column from the message text: " + p);
        assertTrue(p.format().startsWith(DisplayPaths.of(drl) + ":8:" + p.where().column() + ": error: "), p.format());
        assertFalse(e.getMessage().contains("null Package"), e.getMessage());
        assertFalse(e.getMessage().contains("Line 8"), "the position is moved out of the text: " + e.getMessage());
    }

    @Test
    void anUnknownTypeIsReportedAtItsLine() throws IOException {
        write("typo.drl", HEADER + "rule \"Typo\"\nwhen\n    Suport()\nthen\nend\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertEquals(8, e.problems().get(0).where().line(), e.getMessage());
    }

    @Test
    void aRuleNamingARiskTypeTheCatalogueLacksIsAnErrorAtThatRule() throws IOException {
        Path drl = write("risky.drl", HEADER + "rule \"Unknown risk\"\nwhen\n    Support()\nthen\n"
                + "    insertLogical(Derive.risk(drools, \"no-such-risk\", \"x\", Likelihood.LIKELY, Impact.MAJOR));\nend\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        Problem p = e.problems().get(0);
        assertEquals(DisplayPaths.of(drl) + ":10:39: error: rule \"Unknown risk\" names risk type \"no-such-risk\","
                + " which risks.json does not define", p.format());
    }

    @Test
    void anUnknownRiskTypeAndASyntaxErrorElsewhereAreReportedInTheSameRun() throws IOException {
        write("risky.drl", HEADER + "rule \"Unknown risk\"\nwhen\n    Support()\nthen\n"
                + "    insertLogical(Derive.risk(drools, \"no-such-risk\", \"x\", Likelihood.LIKELY, Impact.MAJOR));\nend\n");
        Path broken = write("broken.drl", HEADER + "rule \"Broken\"\nwhen\n    Support(type == )\nthen\nend\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("no-such-risk")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.where().file().equals(DisplayPaths.of(broken))),
                e.getMessage());
    }

    @Test
    void aMalformedCatalogueIsReportedAtItsLineAndColumn() throws IOException {
        write("ok.drl", HEADER);
        Path catalogue = Files.writeString(dir.resolve("risks.json"), "{\n  \"x\": {\n    \"category\" \"oops\"\n  }\n}\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        Problem p = e.problems().get(0);
        assertEquals(DisplayPaths.of(catalogue), p.where().file());
        assertEquals(3, p.where().line());
        assertEquals(16, p.where().column());
    }

    @Test
    void aCatalogueEntryWithoutItsWordsIsReportedAtTheEntry() throws IOException {
        write("ok.drl", HEADER);
        Files.writeString(dir.resolve("risks.json"), "{\n  \"x\": {\n    \"category\": \"security\"\n  }\n}\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        Problem p = e.problems().get(0);
        assertEquals(2, p.where().line());
        assertTrue(p.message().contains("\"title\""), p.message());
        assertTrue(p.message().contains("\"indicators\""), p.message());
    }

    @Test
    void theDigestFollowsTheRuleFiles() throws IOException {
        write("a.drl", HEADER);
        String before;
        try (RuleBase rules = RuleBase.compile(dir)) {
            before = rules.digest();
        }
        write("a.drl", HEADER + "// an analyst's note\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            assertNotEquals(before, rules.digest());
        }
    }

    @Test
    void anEditOnDiskIsPickedUpByTheNextCompileWithoutARebuild() throws IOException {
        write("a.drl", HEADER + "rule \"First name\"\nwhen\n    Support()\nthen\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            assertEquals(List.of("First name"), drlRules(rules));
        }
        write("a.drl", HEADER + "rule \"Second name\"\nwhen\n    Support()\nthen\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            assertEquals(List.of("Second name"), drlRules(rules));
        }
    }

    /** The rule names apart from the rating table's rows. */
    private static List<String> drlRules(RuleBase rules) {
        return rules.ruleNames().stream().filter(n -> !n.startsWith("Rating ")).toList();
    }

    private Path write(String name, String drl) throws IOException {
        RuleVerifier.copySupportFiles(dir);
        return Files.writeString(dir.resolve(name), drl);
    }
}
