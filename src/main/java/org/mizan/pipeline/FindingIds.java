package org.mizan.pipeline;

import java.util.Map;

import org.mizan.dossier.Fact;
import org.mizan.inference.Dependency;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.RuleBase;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The ids a finding is about (a dependency's dependent and provider, a judgment's subject and object) must be ids of
 * the dossier: the brief prints them by the dossier's names. A rule that writes a literal instead of a matched fact's
 * id would put the raw text into the brief, a typo silently ("sfd"), a pasted megabyte for minutes of line breaking
 * after {@code validate} said ok. Checked on every run's findings, so validate and generate fail alike, at the rule.
 */
final class FindingIds {

    /** How much of an unknown id the error quotes. */
    private static final int SHOWN = 40;

    private FindingIds() {
    }

    static void check(Findings findings, Map<String, Fact> facts, RuleBase rules) {
        for (Dependency d : findings.dependencies()) {
            require(d.dependent(), "dependent", d.rule(), facts, rules);
            require(d.provider(), "provider", d.rule(), facts, rules);
        }
        for (RiskJudgment r : findings.risks()) {
            require(r.subject(), "subject", r.rule(), facts, rules);
            if (r.object() != null) {
                require(r.object(), "object", r.rule(), facts, rules);
            }
        }
    }

    private static void require(String id, String role, String rule, Map<String, Fact> facts, RuleBase rules) {
        if (id != null && facts.containsKey(id)) {
            return;
        }
        String shown = id == null ? "null" : id.length() <= SHOWN ? "\"" + id + "\""
                : "\"" + id.substring(0, SHOWN) + "…\" (" + id.length() + " characters)";
        throw new InputException(new Problem(rules.locate(rule), "rule \"" + rule + "\" gives " + shown + " as the "
                + role + " of a finding, which is no id of the dossier: pass the id of a fact its conditions match"
                + " (e.g. $actor.id()), or declare the fact"));
    }
}
