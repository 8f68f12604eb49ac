package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Term;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Claim;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Relation;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.Support;
import org.mizan.dossier.SupportType;

/** Confidence comes from the chain under a finding: grades, independent sources, contradictions. */
class ConfidenceTest {

    private static List<Fact> partnerForce(String fundingSource, int credibility) {
        return List.of(new Relation("rel-ground", "sdf", "coalition", RelationKind.GROUND_PARTNER, text("r"),
                        cited("wire", 1)),
                new Support("support-funding", "coalition", "sdf", SupportType.FUNDING, text("f"),
                        cited(fundingSource, credibility)),
                new Support("support-training-arms", "coalition", "sdf", SupportType.ARMS_AND_TRAINING, text("a"),
                        cited("wire", 1)),
                new Support("support-surveillance", "coalition", "sdf", SupportType.INTELLIGENCE_AND_SURVEILLANCE, text("s"),
                        cited("wire", 1)));
    }

    /**
     * The same partner force with every fact reported twice: by the wire and, graded {@code credibility}, by
     * {@code secondSource}.
     */
    private static List<Fact> corroboratedPartnerForce(String secondSource, int credibility) {
        List<Evidence> both = List.of(cited("wire", 1), cited(secondSource, credibility));
        return List.of(new Relation("rel-ground", "sdf", "coalition", Term.of(RelationKind.GROUND_PARTNER), text("r"), both,
                        List.of()),
                new Support("support-funding", "coalition", "sdf", Term.of(SupportType.FUNDING), text("f"), both, List.of()),
                new Support("support-training-arms", "coalition", "sdf", Term.of(SupportType.ARMS_AND_TRAINING), text("a"),
                        both, List.of()),
                new Support("support-surveillance", "coalition", "sdf", Term.of(SupportType.INTELLIGENCE_AND_SURVEILLANCE), text("s"),
                        both, List.of()));
    }

    private static RiskJudgment concentration(List<Fact> facts, Reliability press) {
        return concentration(facts, source("wire", Reliability.A), source("press", press));
    }

    private static RiskJudgment concentration(List<Fact> facts, Source... sources) {
        Findings f = Inference.run(RuleVerifier.projectRules(), dossier(facts, sources), Set.of());
        return InferenceTest.only(f, "single-patron-concentration");
    }

    @Test
    void everyFactCorroboratedByTwoWellGradedIndependentSourcesGivesHighConfidence() {
        RiskJudgment r = concentration(corroboratedPartnerForce("press", 2), Reliability.B);
        assertEquals(Confidence.HIGH, r.confidence(), r.confidenceReasons().toString());
        assertTrue(r.confidenceReasons().get(0).en().startsWith("each of its 3 facts reported by two independent"),
                r.confidenceReasons().toString());
    }

    @Test
    void oneSingleSourceFactKeepsTheChainAtModerate() {
        // Near miss: two independent sources in the chain, but each fact reported by one of them only.
        RiskJudgment r = concentration(partnerForce("press", 2), Reliability.B);
        assertEquals(Confidence.MODERATE, r.confidence(), r.confidenceReasons().toString());
        assertTrue(r.confidenceReasons().get(0).en().startsWith("2 independent sources, but 3 of its 3 facts rest"),
                r.confidenceReasons().toString());
        List<Fact> allButOne = new java.util.ArrayList<>(corroboratedPartnerForce("press", 2));
        allButOne.set(1, partnerForce("press", 2).get(1));
        RiskJudgment one = concentration(allButOne, Reliability.B);
        assertEquals(Confidence.MODERATE, one.confidence(), one.confidenceReasons().toString());
        assertTrue(one.confidenceReasons().get(0).en().contains("1 of its 3 facts rests on one alone"),
                one.confidenceReasons().toString());
    }

    @Test
    void twoOutletsRepeatingOneOriginAreOneSource() {
        Source wire = source("wire", Reliability.A);
        Source press = source("press", Reliability.B);
        Source repeater = new Source("press", press.publisher(), press.title(), press.date(), press.author(),
                press.language(), Reliability.B, 0, List.of("wire"));
        assertEquals(Confidence.HIGH, concentration(corroboratedPartnerForce("press", 2), wire, press).confidence());
        RiskJudgment r = concentration(corroboratedPartnerForce("press", 2), wire, repeater);
        assertEquals(Confidence.MODERATE, r.confidence(), r.confidenceReasons().toString());
        assertTrue(r.confidenceReasons().get(0).en().startsWith("one source ("), r.confidenceReasons().toString());
    }

    @Test
    void aCorroboratingItemGradedThreeDoesNotCorroborate() {
        assertEquals(Confidence.MODERATE, concentration(corroboratedPartnerForce("press", 3), Reliability.B)
                .confidence(), "each fact is C1 from the wire, but only one source graded 2 or better reports it");
    }

    @Test
    void onePressSourceCannotGiveHighConfidence() {
        RiskJudgment r = concentration(partnerForce("wire", 1), Reliability.A);
        assertEquals(Confidence.MODERATE, r.confidence());
        assertEquals(1, r.confidenceReasons().size(), "the reason is stated once");
        assertTrue(r.confidenceReasons().stream().anyMatch(t -> t.en().startsWith("one source (")
                && t.ar().contains("مصدر واحد")), r.confidenceReasons().toString());
    }

    @Test
    void theWeakestGradeInTheChainCounts() {
        assertEquals(Confidence.LOW, concentration(partnerForce("press", 5), Reliability.B).confidence());
        assertEquals(Confidence.LOW, concentration(partnerForce("press", 2), Reliability.E).confidence());
    }

    @Test
    void aChainRestingOnAClaimGradedThreeIsLowConfidenceEvenWithTwoSources() {
        RiskJudgment r = concentration(partnerForce("press", 3), Reliability.B);
        assertEquals(Confidence.LOW, r.confidence(), r.confidenceReasons().toString());
        assertTrue(r.confidenceReasons().get(0).en().contains("weakest grade B3"), r.confidenceReasons().toString());
        assertEquals(Confidence.MODERATE, concentration(partnerForce("press", 2), Reliability.B).confidence(),
                "near miss: graded 2, the same two sources give moderate confidence (no fact corroborated)");
    }

    @Test
    void aChainThatRestsOnAnAnalystsHypothesisIsLessSure() {
        List<Fact> facts = new java.util.ArrayList<>(partnerForce("press", 2));
        facts.set(1, new Support("support-funding", "coalition", "sdf", SupportType.FUNDING, text("what if"),
                new Evidence("press", 1, "…", 2, Attribution.ANALYST_HYPOTHESIS)));
        RiskJudgment r = concentration(facts, Reliability.B);
        assertEquals(Confidence.LOW, r.confidence(), "an analyst's inference gives low confidence");
        assertTrue(r.confidenceReasons().stream().anyMatch(t -> t.en().contains("inference (support-funding)")));
    }

    @Test
    void anOfficialDenialAgainstFieldIndicatorsGivesLowConfidence() {
        List<Fact> facts = new java.util.ArrayList<>(ArticleFacts.all());
        // The base near Damascus graded 2 here, so that only the denial can lower the entanglement's confidence.
        facts.replaceAll(f -> f instanceof org.mizan.dossier.Base b && b.id().equals("base-damascus")
                ? new org.mizan.dossier.Base(b.id(), b.name(), b.location(), b.operator(), b.role(), b.status(),
                        List.of(new Evidence(b.evidence().source(), b.evidence().paragraph(), b.evidence().excerpt(),
                                2, Attribution.PRESS_REPORT)), List.of())
                : f);
        facts.removeIf(f -> f instanceof Claim c && c.id().equals("claim-membership-approaching"));
        RiskJudgment contested = InferenceTest.only(Inference.run(RuleVerifier.projectRules(), dossier(facts),
                Set.of()), "regional-entanglement");
        facts.removeIf(f -> f instanceof Claim c && c.kind().isA(ClaimKind.FIELD_INDICATOR));
        RiskJudgment uncontested = InferenceTest.only(Inference.run(RuleVerifier.projectRules(), dossier(facts),
                Set.of()), "regional-entanglement");
        assertEquals(Confidence.MODERATE, uncontested.confidence(), uncontested.confidenceReasons().toString());
        assertEquals(Confidence.LOW, contested.confidence());
        assertNotEquals(uncontested.confidenceReasons(), contested.confidenceReasons());
        assertTrue(contested.confidenceReasons().stream().anyMatch(t -> t.en().contains("official denial")));
    }
}
