package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mizan.inference.TestFacts.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Fact;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.ThreatStatus;

/** Each fact a finding cites shares an actor, place or resource with it, or is named by its rule as context. */
class EvidenceRelevanceTest {

    private static final List<Fact> FACTS = List.of(
            relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
            support("funding", "coalition", "sdf", SupportType.FUNDING),
            threat("cells", "sleeper-cells", ThreatStatus.SLEEPER_CELLS));
    private static final Map<String, Fact> BY_ID = FACTS.stream()
            .collect(Collectors.toMap(Fact::id, Function.identity()));

    @Test
    void aFactThatNamesNoPartyOfTheFindingIsReported() {
        Dependency pay = new Dependency("d-pay", "sdf", "coalition", DependencyKind.FINANCIAL, Strength.CRITICAL,
                "Recipient paid by its provider", List.of("cells", "funding", "partner"));
        List<EvidenceRelevance.Unrelated> unrelated = EvidenceRelevance.check(
                new Findings(List.of(pay), List.of()), BY_ID);
        assertEquals(List.of(new EvidenceRelevance.Unrelated("d-pay", "Recipient paid by its provider", "cells")),
                unrelated, "sleeper cells near Damascus say nothing about the SDF's pay");
    }

    @Test
    void aFactTheRuleNamesAsContextIsNotReported() {
        Dependency pay = new Dependency("d-pay", "sdf", "coalition", DependencyKind.FINANCIAL, Strength.CRITICAL,
                "r", List.of("cells", "funding", "partner"), List.of("cells"));
        assertEquals(List.of(), EvidenceRelevance.check(new Findings(List.of(pay), List.of()), BY_ID));
    }

    @Test
    void theShippedRulesCiteOnlyEvidenceThatBearsOnWhatTheyJudge() {
        Findings findings = Inference.run(RuleVerifier.projectRules(), dossier(ArticleFacts.all()), Set.of());
        Map<String, Fact> facts = ArticleFacts.all().stream().collect(Collectors.toMap(Fact::id,
                Function.identity()));
        assertEquals(List.of(), EvidenceRelevance.check(findings, facts));
    }
}
