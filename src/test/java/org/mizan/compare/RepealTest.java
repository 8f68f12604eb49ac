package org.mizan.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.Term;
import org.mizan.dossier.Text;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/**
 * A repeal recorded against a suspension of sanctions changes the judgment that the relief can be withdrawn, and
 * the diff names the repeal: overtaking the suspension ("supersedes") retires the judgment; recorded beside it, the
 * repeal is the observed signpost "relief made permanent by law", and the condition holds one step less firmly.
 */
class RepealTest {

    private static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = RuleBase.compile(Path.of("rules"));
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private static SanctionsMeasure measure(String id, SanctionsStep step, List<String> supersedes) {
        return new SanctionsMeasure(id, new Text(id, id), Term.of(step), new Text("everywhere", "في كل مكان"),
                List.of(), List.of(Runs.cited(4, "excerpt of " + id)), supersedes, "patron", "force", null);
    }

    private static List<Fact> suspended() {
        List<Fact> facts = new ArrayList<>(Runs.baseFacts());
        facts.add(measure("sanctions-suspension", SanctionsStep.SUSPENDED, List.of()));
        return facts;
    }

    private static FindingChange reliefChange(List<Fact> after) {
        Dossier a = Runs.dossier(suspended());
        Dossier b = Runs.dossier(after);
        Findings before = Inference.run(rules, a, Set.of());
        assertTrue(before.risks().stream().anyMatch(r -> r.type().equals("reversible-sanctions-relief")));
        FindingsDiff diff = FindingsDiff.between(before, Inference.run(rules, b, Set.of()), a, b);
        return diff.changes().stream().filter(c -> c.key().value().startsWith("reversible-sanctions-relief"))
                .findFirst().orElseThrow(() -> new AssertionError("no change: " + diff.changes()));
    }

    @Test
    void aRepealThatOvertakesTheSuspensionRetiresTheJudgmentAndTheDiffNamesIt() {
        List<Fact> after = suspended();
        after.add(measure("sanctions-repeal", SanctionsStep.REPEALED, List.of("sanctions-suspension")));
        FindingChange c = reliefChange(after);
        assertEquals(FindingChange.Kind.DISAPPEARED, c.kind());
        assertEquals("fact sanctions-suspension was overtaken by sanctions-repeal",
                c.reasons().get(0).text().en(), "" + c.reasons());
    }

    @Test
    void aRepealBesideTheSuspensionLoosensTheConditionByTheObservedSignpost() {
        List<Fact> after = suspended();
        after.add(measure("sanctions-repeal", SanctionsStep.REPEALED, List.of()));
        FindingChange c = reliefChange(after);
        assertEquals(FindingChange.Kind.REGRADED, c.kind(), "" + c);
        assertTrue(c.reasons().stream().anyMatch(r -> r.text().en().contains("sanctions-repeal")), "" + c.reasons());
    }
}
