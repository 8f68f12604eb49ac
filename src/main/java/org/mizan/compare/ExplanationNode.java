package org.mizan.compare;

import java.util.List;

/**
 * One step of an explanation tree: a finding with the rule that drew it, or a fact with its cited excerpt.
 * Plain values only, so the command line can write it with Jackson for {@code explain --json}.
 * Fields that do not apply are null (rule and grade for facts; the evidence fields for findings).
 */
public record ExplanationNode(String id, Kind kind, String label, String rule, String grade, Citation citation,
                             String origin, List<ExplanationNode> children) {

    public enum Kind {
        RISK, DEPENDENCY, FACT, UNKNOWN
    }

    /** The cited excerpt behind a fact: source id, paragraph, verbatim words, credibility and attribution. */
    public record Citation(String source, int paragraph, String excerpt, int credibility, String attribution) {
    }

    public ExplanationNode {
        children = List.copyOf(children);
    }
}
