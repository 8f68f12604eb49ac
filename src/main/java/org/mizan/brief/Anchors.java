package org.mizan.brief;

/**
 * The brief's link targets. Derived from stable ids (section names, fact and finding ids), never from positions,
 * so a reader's bookmark or a cross-reference survives a rebuild that adds a finding.
 */
final class Anchors {

    static final String SCENARIO = "scenario";
    static final String JUDGMENTS = "judgments";
    static final String SIGNPOSTS = "signposts";
    static final String SINCE = "since";
    static final String SOURCE_SUMMARY = "source-summary";
    static final String BACKGROUND = "background";
    static final String RISK_ANNEX = "annex-risks";
    static final String RISK_LEGEND = "table-risk-legend";
    static final String CONFIDENCE_NOTES = "confidence-notes";
    static final String DEPENDENCIES = "dependencies";
    static final String RISKS = "risks";
    static final String CONTINGENCIES = "contingencies";
    static final String CONDITIONS = "standing-conditions";
    static final String SOURCES = "sources";
    static final String METHOD = "method";
    static final String TIMELINE_TABLE = "table-timeline";
    static final String DEPENDENCY_FIGURE = "figure-dependencies";
    static final String MAP_FIGURE = "figure-map";
    static final String DEPENDENCY_TABLE = "table-dependencies";
    static final String RISK_FIGURE = "figure-risks";
    static final String RISK_TABLE = "table-risks";
    static final String EVIDENCE_TABLE = "table-evidence";
    static final String HINGES = "hinges";
    static final String HINGE_TABLE = "table-hinges";
    static final String HYPOTHESES = "hypotheses";
    static final String HYPOTHESES_TABLE = "table-hypotheses";
    static final String ACH_MATRIX = "table-ach-matrix";

    private Anchors() {
    }

    static String evidence(String factId) {
        return "evidence-" + slug(factId);
    }

    static String risk(String riskId) {
        return "risk-" + slug(riskId);
    }

    /** A dependency's row in the workbook's sheet: no page links to it, but it names the row in the model. */
    static String dependency(String dependencyId) {
        return "dependency-" + slug(dependencyId);
    }

    /** Ids are already slugs in practice; this keeps anchors valid as PDF names and Word bookmarks if not. */
    private static String slug(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
