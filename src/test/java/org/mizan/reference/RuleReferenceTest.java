package org.mizan.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.FactType;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.RiskCategory;

/** rules/REFERENCE.md is what the code says, and says all a rule author needs. */
class RuleReferenceTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws IOException {
        assertEquals(RuleReference.markdown(), Files.readString(PROJECT.resolve("rules/REFERENCE.md")),
                "rules/REFERENCE.md is out of date: run ./mizan reference > rules/REFERENCE.md");
    }

    @Test
    void itListsEveryFactTypeEveryScaleLevelAndEveryCategory() {
        String reference = RuleReference.markdown();
        Arrays.stream(FactType.values()).forEach(t -> assertTrue(reference.contains("`" + t.recordType().getSimpleName()
                + "` (key `\"" + t.key() + "\"`)"), t.key()));
        Arrays.stream(Likelihood.values()).forEach(l -> assertTrue(reference.contains("`Likelihood." + l.name() + "` | "
                + l.term()), l.name()));
        Arrays.stream(Impact.values()).forEach(i -> assertTrue(reference.contains("`Impact." + i.name() + "` | "
                + i.level()), i.name()));
        Arrays.stream(RiskCategory.values()).forEach(c -> assertTrue(reference.contains("`" + c.key() + "` | "),
                c.key()));
    }

    @Test
    void everyDeriveFormHasAnExampleAndFieldsHaveTheirTypes() {
        String reference = RuleReference.markdown();
        assertTrue(reference.contains("### `Derive.risk(drools, String type, String subject, Likelihood likelihood,"
                + " Impact impact)` returns `Risk`"), reference);
        assertTrue(reference.contains("insertLogical(Derive.risk(drools, \"my-risk-type\", $subject,"
                + " Likelihood.ROUGHLY_EVEN_CHANCE, Impact.SIGNIFICANT));"), reference);
        assertTrue(reference.contains("| `because` | `List<String>` |"), reference);
        assertTrue(reference.contains("### `GoalKind` (scheme `goal_kind`)"), reference);
        assertTrue(reference.contains("| `ARMS` | `arms` | `SECURITY_SUPPORT` | weapons, air defence or training |"),
                "each kind with its term, its broader kind and what it covers");
        assertTrue(reference.contains("| `type` | `Term<SupportType>` |"), "a kind field names its vocabulary");
        assertTrue(!reference.contains("rule.<rule name>"), "no brief prints rule names: none needs an Arabic one");
        assertTrue(reference.contains("here and in the indicators, assumptions and reasons"), reference);
    }
}
