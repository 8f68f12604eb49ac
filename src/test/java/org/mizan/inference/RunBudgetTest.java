package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mizan.inference.TestFacts.dossier;
import static org.mizan.inference.TestFacts.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.SupportType;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;

/**
 * A rule that would run without end (an action that spins, recurses, inserts millions of objects, exhausts the
 * heap, or updates what it and others match) is stopped by the run's budget and reported at the rule to blame.
 * The budgets here are small so that the tests are quick; the defaults are checked by bench/runaway.sh.
 */
class RunBudgetTest {

    /** For the tests of the time budget; the others have time enough even on a loaded machine. */
    private static final RunBudget LITTLE_TIME = new RunBudget(Duration.ofMillis(300), 10_000);
    private static final RunBudget FEW_OBJECTS = new RunBudget(Duration.ofSeconds(60), 10_000);
    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\ndeclare Counter\n    value : int\nend\n\n";
    /** The rules below start at line 10; each test's first rule is the one that goes wrong. */
    private static final String FIRST_RULE = ":10:6: error: rule ";

    @TempDir
    Path dir;

    @Test
    void anActionThatNeverEndsIsStoppedAfterTheTimeBudget() throws IOException {
        Path drl = write("rule \"Spins\"\nwhen\n    Support()\nthen\n    long n = 1;\n"
                + "    while (n > 0) { n = n * 3 + 1; if (n < 0) { n = 1; } }\nend\n");
        assertEquals(DisplayPaths.of(drl) + FIRST_RULE + "\"Spins\" was still running after 300 ms, the time "
                + "budget of a run of the rules: does its action loop without end? A larger dossier may need more: "
                + "-Dmizan.inference.seconds=SECONDS", firstError(LITTLE_TIME));
        assertFalse(Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().contains("Rule_Spins")), "the spinning action was stopped");
    }

    @Test
    void anActionThatWaitsIsInterruptedAfterTheTimeBudget() throws IOException {
        write("rule \"Sleeps\"\nwhen\n    Support()\nthen\n    Thread.sleep(60_000);\nend\n");
        assertEquals(DisplayPaths.of(dir.resolve("runaway.drl")) + FIRST_RULE + "\"Sleeps\" was still running after "
                + "300 ms", firstError(LITTLE_TIME).split(", ")[0]);
    }

    @Test
    void aRecursionWithoutEndIsAStackOverflowAtTheRule() throws IOException {
        Path drl = write("rule \"Recurses\"\nwhen\n    Support()\nthen\n    deeper(0);\nend\n\n"
                + "function int deeper(int n) {\n    return deeper(n + 1) + 1;\n}\n");
        assertEquals(DisplayPaths.of(drl) + FIRST_RULE + "\"Recurses\" overflowed the stack: a recursion in its "
                + "action, or in a function it calls, does not end", firstError(FEW_OBJECTS));
    }

    @Test
    void anActionInsertingMillionsIsStoppedAtTheObjectBudget() throws IOException {
        Path drl = write("rule \"Floods\"\nwhen\n    Support()\nthen\n"
                + "    for (int i = 0; i < 3_000_000; i++) { insert(new Counter(i)); }\nend\n");
        assertEquals(DisplayPaths.of(drl) + FIRST_RULE + "\"Floods\" put more than 10000 objects into working "
                + "memory, the budget of a run of the rules: does its action insert without end? A larger dossier "
                + "may need more: -Dmizan.inference.facts=N", firstError(FEW_OBJECTS));
    }

    @Test
    void runningOutOfMemoryInAnActionIsReportedAtTheRule() throws IOException {
        write("rule \"Hoards\"\nwhen\n    Support()\nthen\n    long[] all = new long[Integer.MAX_VALUE - 8];\n"
                + "    insert(new Counter(all.length));\nend\n");
        assertEquals("\"Hoards\" ran out of memory (1 objects in working memory): does its action build something "
                + "without end? Otherwise give Java more memory (-Xmx)", messageAfterFirstRule());
    }

    @Test
    void anUpdateLoopIsBlamedOnTheRuleThatUpdatesNotOnAnInnocentOneThatFiresFirst() throws IOException {
        Path drl = write("rule \"Counts forever\"\nwhen\n    $c : Counter(value >= 0)\nthen\n"
                + "    modify($c) { setValue($c.getValue() + 1) }\nend\n\n"
                + "rule \"Start counting\"\nwhen\n    Support()\nthen\n    insert(new Counter(0));\nend\n\n"
                + "rule \"Watches the count\" salience 10\nwhen\n    Counter(value >= 0)\nthen\nend\n");
        assertEquals(DisplayPaths.of(drl) + FIRST_RULE + "\"Counts forever\" keeps re-triggering rules: its changes "
                + "set off 1999 firings, and rule \"Watches the count\" fired more than 1000 times; does it change "
                + "what it matches?", firstError(FEW_OBJECTS));
    }

    @Test
    void aRuleThatReTriggersOnlyItselfIsNamedAsBefore() throws IOException {
        Path drl = write("rule \"Counts forever\"\nwhen\n    $c : Counter(value >= 0)\nthen\n"
                + "    modify($c) { setValue($c.getValue() + 1) }\nend\n\n"
                + "rule \"Start counting\"\nwhen\n    Support()\nthen\n    insert(new Counter(0));\nend\n");
        assertEquals(DisplayPaths.of(drl) + FIRST_RULE + "\"Counts forever\" fired more than 1000 times; it may be "
                + "re-triggering itself", firstError(FEW_OBJECTS));
    }

    @Test
    void theBudgetIsConfiguredBySystemProperties() {
        assertEquals(RunBudget.DEFAULT, RunBudget.configured());
        System.setProperty(RunBudget.TIME_PROPERTY, "2.5");
        System.setProperty(RunBudget.OBJECTS_PROPERTY, "5000");
        try {
            assertEquals(new RunBudget(Duration.ofMillis(2500), 5000), RunBudget.configured());
            System.setProperty(RunBudget.OBJECTS_PROPERTY, "lots");
            assertEquals("-Dmizan.inference.facts=lots is not a positive number",
                    assertThrows(IllegalArgumentException.class, RunBudget::configured).getMessage());
        } finally {
            System.clearProperty(RunBudget.TIME_PROPERTY);
            System.clearProperty(RunBudget.OBJECTS_PROPERTY);
        }
    }

    private String messageAfterFirstRule() {
        String error = firstError(FEW_OBJECTS);
        return error.substring(error.indexOf(FIRST_RULE) + FIRST_RULE.length());
    }

    private String firstError(RunBudget budget) {
        // The budget holds for a trusted rule too, one that sleeps with Thread.sleep included.
        try (RuleBase rules = RuleBase.compile(dir, RuleTrust.TRUSTED);
                Session session = Session.open(rules, Set.of(), budget)) {
            session.insertAll(dossier(List.of(support("s", "a", "b", SupportType.FUNDING))).facts());
            InputException e = assertThrows(InputException.class, session::fire);
            return e.problems().get(0).format();
        }
    }

    private Path write(String rules) throws IOException {
        RuleVerifier.copySupportFiles(dir);
        return Files.writeString(dir.resolve("runaway.drl"), HEADER + rules);
    }
}
