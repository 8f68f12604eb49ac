package org.mizan.hinge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.hinge.SmallDossier.actor;
import static org.mizan.hinge.SmallDossier.dossier;
import static org.mizan.hinge.SmallDossier.groundPartner;
import static org.mizan.hinge.SmallDossier.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.SupportType;
import org.mizan.inference.Inference;
import org.mizan.inference.RiskJudgment;

/**
 * A force paid, trained, armed, covered from the air and equipped by one patron: three kinds of dependency, so a
 * single-patron concentration risk and, because it is paid, a drawdown risk.
 */
class SensitivityAnalysisTest {

    private static final List<Fact> FACTS = List.of(actor("patron"), actor("force"),
            groundPartner("force", "patron"),
            support("support-funding", "patron", "force", SupportType.FUNDING, 3),
            support("support-arms", "patron", "force", SupportType.ARMS_AND_TRAINING, 2),
            support("support-air", "patron", "force", SupportType.AIR_SUPPORT, 2),
            support("support-watch", "patron", "force", SupportType.INTELLIGENCE_AND_SURVEILLANCE, 2));

    private final Dossier dossier = dossier(FACTS);
    private final Sensitivity sensitivity = SensitivityAnalysis.run(SmallDossier.rules(), dossier);

    private RiskJudgment risk(String type) {
        return Inference.run(SmallDossier.rules(), dossier, Set.of()).risks().stream()
                .filter(r -> r.type().equals(type)).findFirst().orElseThrow();
    }

    private Optional<Impact> factImpact(String id) {
        return sensitivity.facts().stream().filter(i -> i.removed().equals(id)).findFirst();
    }

    @Test
    void aFactWithoutWhichTwoRisksFallIsTheirLinchpin() {
        String concentration = risk("single-patron-concentration").id();
        String drawdown = risk("drawdown-unpaid-force").id();
        assertTrue(sensitivity.linchpinsOf(concentration).contains("support-funding"));
        assertTrue(sensitivity.linchpinsOf(drawdown).contains("support-funding"));
        assertEquals(List.of(concentration, drawdown).stream().sorted().toList(),
                factImpact("support-funding").orElseThrow().risks(ChangeKind.LOST).stream().sorted().toList());
    }

    @Test
    void theFundingLineCarriesMostAndRanksFirst() {
        // Dependence comes from the support actually given, not from the partnership itself: without the funding the
        // financial dependency and both risks resting on it go.
        Impact first = sensitivity.facts().get(0);
        assertEquals("support-funding", first.removed(), sensitivity.facts().toString());
        assertEquals(2, first.risks(ChangeKind.LOST).size());
        assertEquals(1, first.dependencies(ChangeKind.LOST).size(), "financial");
    }

    @Test
    void aKindOfDependencyGivenTwiceIsNoLinchpin() {
        // Arms and air cover both give military capability, the stronger (air cover, critical) counting: without
        // the arms nothing the brief states changes, though the concentration risk's grounds (and id) do.
        assertTrue(factImpact("support-arms").isEmpty());
        assertFalse(sensitivity.linchpinsOf(risk("single-patron-concentration").id()).contains("support-arms"));
        Impact air = factImpact("support-air").orElseThrow();
        assertEquals(List.of(), air.risks(ChangeKind.LOST));
        assertEquals(1, air.dependencies(ChangeKind.REGRADED).size(), "military capability drops to strong");
    }

    @Test
    void factsNoRuleUsesAreLeftOutOfTheRanking() {
        assertTrue(factImpact("patron").isEmpty());
        assertTrue(sensitivity.facts().stream().allMatch(Impact::matters));
    }

    @Test
    void everyFactIsPutBackSoTheLastRunSeesTheWholeDossier() {
        List<Fact> reversed = new ArrayList<>(FACTS);
        java.util.Collections.reverse(reversed);
        Sensitivity again = SensitivityAnalysis.run(SmallDossier.rules(), dossier(reversed));
        assertEquals(sensitivity.facts().stream().map(Impact::removed).toList(),
                again.facts().stream().map(Impact::removed).toList());
        assertEquals(sensitivity.facts().get(0).weight(), again.facts().get(0).weight());
    }

    @Test
    void switchingOffTheConcentrationRuleTakesTheRisksBuiltOnItAlong() {
        Impact rule = sensitivity.rules().stream().filter(i -> i.removed().equals("Single-patron concentration"))
                .findFirst().orElseThrow();
        assertEquals(2, rule.risks(ChangeKind.LOST).size());
        assertTrue(sensitivity.rules().stream().noneMatch(i -> i.removed().startsWith("Rating")),
                "the rating table's rows are the scale, not inferences");
    }
}
