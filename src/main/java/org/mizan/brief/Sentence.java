package org.mizan.brief;

import java.util.Set;

/**
 * The sentence templates of a language directory, each with the only variables it may use. Keeping likelihood
 * out of the confidence template and confidence out of the judgment templates makes the ICD 203 rule (never a
 * likelihood word and a confidence level in one sentence) hold however an analyst rewords them.
 */
enum Sentence {
    SUBTITLE("subtitle", Set.of("dossier", "date", "scenario", "isScenario", "hasSources", "hasReader", "reader")),
    BOTTOM_LINE("bottom-line", Set.of("dossier", "date", "hasRisk", "topRisk", "likelihood", "low", "high", "impact",
            "rating", "horizon", "hasContingency", "contingency", "triggerEvent", "triggerReported", "triggerDenied", "triggerContested",
            "triggerNotReported", "hasDependencies", "provider", "reliances", "hasNewest", "newest", "newestDate")),
    RELIANCE("reliance", Set.of("actor", "kinds", "first")),
    KEY_JUDGMENT("key-judgment", Set.of("label", "title", "summary", "likelihood", "low", "high", "impact",
            "rating", "consequence", "hasConsequence", "isRisk", "isContingency", "isVulnerability", "horizon",
            "strength", "trigger", "hasSupporting", "supporting", "oneSupporting", "settled", "settledOn", "atDefault")),
    /** A contingency's trigger: what the dossier and the competing hypotheses say of it. */
    TRIGGER("trigger", Set.of("event", "reported", "denied", "contested", "notReported", "hasStanding", "hypothesis",
            "mostContradicted", "leastContradicted", "middle", "untested", "tied", "unassessed")),
    /** Where a likelihood comes from: the rule's default and the steps facts moved it. */
    LIKELIHOOD_BASIS("likelihood-basis", Set.of("default", "isDefault", "why", "hasWhy", "steps")),
    SOURCES("sources", Set.of("sources", "cutoff", "publishers", "reliability", "graded", "hasSources")),
    CITATION("citation", Set.of("author", "title", "publisher", "date", "language", "paragraphs", "hasAuthor",
            "hasDate", "hasLanguage", "hasParagraphs", "vantage", "hasVantage")),
    CONFIDENCE("confidence", Set.of("label", "confidence", "reasons", "hasReasons")),
    SCENARIO("scenario", Set.of("title", "description")),
    BACKGROUND("background", Set.of("count", "first", "last", "cutoff", "shown", "showsAll")),
    DEPENDENCIES("dependencies", Set.of("count", "actorCount", "mostDependedOn", "weight", "shown", "hidden",
            "someHidden", "sheet")),
    RISKS("risks", Set.of("count", "byKind", "shown", "hidden", "someHidden", "annex")),
    /** A contingency in the body: the conditional, its conditional likelihood, and its trigger assessed apart. */
    CONTINGENCY("contingency", Set.of("title", "likelihood", "range", "impact", "trigger", "hasTrigger")),
    /** A standing condition (vulnerability): a strength and an impact, never a likelihood. */
    CONDITION("condition", Set.of("title", "strength", "hasStrength", "impact")),
    EVIDENCE("evidence", Set.of("count", "total", "method", "hasFacts", "workbook")),
    HINGES("hinges", Set.of("total", "count", "linchpins", "shown", "bounded", "tested", "judgments")),
    HINGE_FLAG("hinge-flag", Set.of("label", "fact", "attribution", "grade", "credibility", "singleSource", "falls")),
    HYPOTHESES("hypotheses", Set.of("count", "items", "diagnostic", "hasLeader", "leader", "hasDropped", "dropped",
            "droppedGrade", "droppedWord", "flips", "sheet", "orderWithout", "clusters", "clustered", "hasClusters", "hasReconcile",
            "reconcileLabels", "reconcileHypothesis", "reconcileMost", "wholeOrderHolds", "hasUndated", "undated",
            "hasIndependent", "keyLabels")),
    METHOD("method", Set.of("hasRiskAnnex", "riskAnnex"));

    static final String SUFFIX = ".mustache";

    private final String name;
    private final Set<String> variables;

    Sentence(String name, Set<String> variables) {
        this.name = name;
        this.variables = variables;
    }

    String fileName() {
        return name + SUFFIX;
    }

    Set<String> variables() {
        return variables;
    }
}
