package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Fact;

/** A warm session: facts go out and come back, and the findings follow without a rebuild. */
class SessionTest {

    private static List<String> ids(Session s) {
        return s.findings(TestFacts.dossier(ArticleFacts.all())).risks().stream().map(RiskJudgment::id).sorted().toList();
    }

    @Test
    void retractingAFactRetractsTheChainAboveItAndReinsertingRestoresTheSameIds() {
        Fact funding = ArticleFacts.all().stream().filter(f -> f.id().equals("support-funding")).findFirst().orElseThrow();
        try (Session s = Session.open(RuleVerifier.projectRules(), Set.of())) {
            s.insertAll(ArticleFacts.all());
            s.fire();
            List<String> before = ids(s);
            s.retract("support-funding");
            s.fire();
            assertTrue(s.risks().stream().noneMatch(r -> r.type().equals("drawdown-unpaid-force")
                    || r.type().equals("terrorist-return")), "the drawdown chain rested on the funding");
            assertTrue(s.dependencies().stream().noneMatch(d -> d.kind() == DependencyKind.FINANCIAL));
            s.insert(funding);
            s.fire();
            assertEquals(before, ids(s));
        }
    }

    @Test
    void retractingAnUnknownFactOrInsertingAnIdTwiceIsAProgrammingError() {
        try (Session s = Session.open(RuleVerifier.projectRules(), Set.of())) {
            assertThrows(IllegalArgumentException.class, () -> s.retract("nothing-here"));
            s.insert(ArticleFacts.all().get(0));
            assertThrows(IllegalArgumentException.class, () -> s.insert(ArticleFacts.all().get(0)));
        }
    }

    @Test
    void aRuleBaseCanBeCompiledAndClosedRepeatedly() {
        for (int i = 0; i < 3; i++) {
            try (RuleBase rules = RuleBase.compile(RuleVerifier.rulesDir())) {
                assertEquals(RuleVerifier.projectRules().digest(), rules.digest());
                assertEquals(RuleVerifier.projectRules().ruleNames(), rules.ruleNames());
            }
        }
    }
}
