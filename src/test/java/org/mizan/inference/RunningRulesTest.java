package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.dossier;
import static org.mizan.inference.TestFacts.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.SupportType;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** What happens when a rule misbehaves at run time: it is stopped or reported by name, never a stack trace. */
class RunningRulesTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\n";

    @Test
    void aRuleThatKeepsRetriggeringItselfIsStoppedAndNamed() throws IOException {
        Path drl = write(HEADER + "declare Counter\n    value : int\nend\n\n"
                + "rule \"Start counting\"\nwhen\n    Support()\nthen\n    insert(new Counter(0));\nend\n\n"
                + "rule \"Counts forever\"\nwhen\n    $c : Counter(value >= 0)\nthen\n"
                + "    modify($c) { setValue($c.getValue() + 1) }\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            InputException e = assertThrows(InputException.class, () -> Inference.run(rules,
                    dossier(List.of(support("s", "a", "b", SupportType.FUNDING))), Set.of()));
            Problem p = e.problems().get(0);
            assertEquals(DisplayPaths.of(drl) + ":17:6: error: rule \"Counts forever\" fired more than "
                    + FiringGuard.LIMIT_PER_RULE + " times; it may be re-triggering itself", p.format());
        }
    }

    @Test
    void aRuleThatFailsInItsConsequenceIsReportedWithTheFactItWorkedOn() throws IOException {
        write(HEADER + "rule \"Fails on funding\"\nwhen\n    $s : Support(type.isA(SupportType.FUNDING))\nthen\n"
                + "    throw new IllegalStateException(\"no budget line for \" + $s.id());\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            InputException e = assertThrows(InputException.class, () -> Inference.run(rules,
                    dossier(List.of(support("pay", "a", "b", SupportType.FUNDING))), Set.of()));
            String message = e.problems().get(0).message();
            assertTrue(message.startsWith("rule \"Fails on funding\" failed on \"pay\": "), message);
            assertTrue(message.contains("no budget line for pay"), message);
        }
    }

    @Test
    void aConditionThatFailsWhileMatchingIsReportedByRuleName() throws IOException {
        Path drl = write(HEADER + "rule \"Divides by zero\"\nwhen\n    $s : Support()\n"
                + "    eval($s.provider().length() / 0 > 1)\nthen\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            InputException e = assertThrows(InputException.class, () -> Inference.run(rules,
                    dossier(List.of(support("pay", "a", "b", SupportType.FUNDING))), Set.of()));
            assertEquals(DisplayPaths.of(drl) + ":6:6: error: rule \"Divides by zero\" failed: / by zero",
                    e.problems().get(0).format());
        }
    }

    @Test
    void aSwitchedOffRuleDoesNotFireAndAnUnknownNameIsRefused() throws IOException {
        write(HEADER + "rule \"Fails on funding\"\nwhen\n    $s : Support(type.isA(SupportType.FUNDING))\nthen\n"
                + "    throw new IllegalStateException(\"fired\");\nend\n");
        try (RuleBase rules = RuleBase.compile(dir)) {
            var facts = dossier(List.of(support("pay", "a", "b", SupportType.FUNDING)));
            assertTrue(Inference.run(rules, facts, Set.of("Fails on funding")).risks().isEmpty());
            assertThrows(IllegalArgumentException.class, () -> Inference.run(rules, facts, Set.of("No such rule")));
        }
    }

    private Path write(String drl) throws IOException {
        RuleVerifier.copySupportFiles(dir);
        return Files.writeString(dir.resolve("misbehaving.drl"), drl);
    }
}
