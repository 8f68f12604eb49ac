package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code explain FACT} on a fact nothing rests on says so, says why when the fact is overtaken, and names the rules
 * that read facts of its kind; on a fact something rests on it says nothing of the kind.
 */
class ExplainUnusedFactTest {

    @Test
    void aFactNothingRestsOnIsSaidToBeUnusedWithTheRulesThatReadItsKind() {
        CliRun run = CliRun.of("explain", "event-coalition-formed");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n  no finding rests on it\n"), run.out());
        assertTrue(run.out().matches("(?s).*\n  (rules that read facts of its kind \\(event\\):\n    \".+\"|no rule"
                + " reads facts of its kind \\(event\\))\n.*"), run.out());
    }

    @Test
    void anOvertakenFactSaysWhatOvertookIt() {
        CliRun run = CliRun.of("explain", "relation-government-seeks-membership");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  no finding rests on it: it is overtaken by \""), run.out());
        assertTrue(run.out().contains("and the rules reason only on current facts"), run.out());
    }

    @Test
    void nearMissAFactFindingsRestOnHasNoSuchNote() {
        CliRun run = CliRun.of("explain", "support-funding");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("no finding rests on it"), run.out());
        assertFalse(run.out().contains("rules that read facts of its kind"), run.out());
    }
}
