package org.mizan.brief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.ach.Consistency;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Reliability;
import org.mizan.inference.Confidence;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.Strength;

/**
 * The keys every labels.json must define. Enum words are derived from the enums themselves, so a new likelihood
 * or dependency kind makes the templates fail validation until its words are written, instead of printing blanks.
 * Keys under {@code rule.} are optional translations of rule names and may be anything.
 */
final class LabelKeys {

    static final String OPTIONAL_RULE_PREFIX = "rule.";
    /** {@code consequence.<risk category>}: a key judgment's "so what" for a named audience; optional. */
    static final String OPTIONAL_CONSEQUENCE_PREFIX = "consequence.";
    /** The nouns the brief counts, each "singular|plural" (English) or in its five Arabic forms (see Noun). */
    static final List<String> NOUNS = List.of("risk", "dependency", "actor", "fact", "event", "item", "hypothesis",
            "rule", "source", "paragraph", "judgment", "contingency", "condition");

    private static final List<String> FIXED = List.of(
            "marking", "author", "sources.graded", "page.of", "digits", "list.separator", "list.strong-separator",
            "heading.judgments", "heading.background", "heading.dependencies", "heading.risks",
            "heading.contingencies", "heading.conditions", "contingencies.intro", "conditions.intro",
            "heading.indicators", "heading.assumptions", "heading.sources", "heading.method",
            "heading.scenario", "heading.likelihood-scale",
            "column.dependent", "column.provider", "column.kind", "column.strength", "column.basis",
            "column.risk", "column.rating", "column.likelihood", "column.impact", "column.confidence",
            "column.why", "column.fact", "column.grade", "column.attribution", "column.source",
            "column.excerpt", "column.date", "column.event", "caption.graph", "caption.map", "alt.map", "map.intro", "map.base", "map.proposed-base", "map.intelligence-centre", "map.resource", "map.city", "map.river", "map.note", "map.partial", "graph.arrow", "graph.strength", "graph.undated", "map.undated", "graph.relies-on", "caption.matrix", "caption.dependencies", "caption.risks", "caption.evidence",
            "caption.timeline", "caption.likelihood-scale", "alt.graph", "alt.matrix",
            "axis.likelihood", "axis.impact",
            "prefix.risk", "prefix.dependency", "prefix.evidence",
            "word.rule", "word.rests-on", "word.cited-facts", "word.date-inferred", "word.currency", "word.undated", "word.corroborated", "word.contradicted", "word.overtakes",
            "word.paragraph", "word.confidence",
            "word.scenario-changes", "word.scenario-differences",
            "heading.hinges", "heading.hypotheses", "column.without", "column.changes", "column.evidence",
            "column.hypothesis", "column.inconsistency", "column.inconsistent-items", "column.diagnostic",
            "caption.hinges", "caption.hypotheses", "caption.ach-matrix", "prefix.hypothesis", "word.yes",
            "heading.signposts", "signpost.observed", "heading.source-summary", "heading.annex-risks",
            "annex.letters", "annex.name", "annex.heading", "note.letters", "list.and",
            "caption.legend", "caption.admiralty", "column.reliability", "column.credibility",
            "word.notes", "word.confidence-notes", "language.en", "language.ar",
            "none.background", "none.dependencies", "none.risks",
            "column.label", "column.paragraph", "column.judgments", "column.fact-id", "workbook.sheet", "workbook.dependencies", "workbook.hypotheses", "workbook.in-sheet", "colophon",
            "heading.since", "since.intro", "since.none", "since.more", "since.because", "since.arrow", "since.raised",
            "since.lowered", "since.new", "since.settled", "since.retired", "since.regraded");

    private LabelKeys() {
    }

    static Set<String> required() {
        List<String> keys = new ArrayList<>(FIXED);
        enumKeys(keys, "likelihood", Likelihood.values());
        enumKeys(keys, "impact", Impact.values());
        enumKeys(keys, "confidence", Confidence.values());
        enumKeys(keys, "rating", Rating.values());
        enumKeys(keys, "kind", DependencyKind.values());
        enumKeys(keys, "strength", Strength.values());
        enumKeys(keys, "attribution", Attribution.values());
        enumKeys(keys, "reliability", Reliability.values());
        enumKeys(keys, "consistency", Consistency.values());
        enumKeys(keys, "judgment", JudgmentKind.values());
        enumKeys(keys, "base-status", BaseStatus.values());
        for (int i = 1; i <= 6; i++) {
            keys.add("credibility." + i);
        }
        NOUNS.forEach(n -> keys.add("noun." + n));
        for (int m = 1; m <= 12; m++) {
            keys.add("month." + m);
        }
        return Collections.unmodifiableSet(new TreeSet<>(keys));
    }

    /** {@code likelihood.very_likely}: the enum constant in lower case, as in the JSON files. */
    static String of(Enum<?> value) {
        return prefix(value) + "." + value.name().toLowerCase(Locale.ROOT);
    }

    private static String prefix(Enum<?> value) {
        if (value instanceof Likelihood) {
            return "likelihood";
        } else if (value instanceof Impact) {
            return "impact";
        } else if (value instanceof Confidence) {
            return "confidence";
        } else if (value instanceof Rating) {
            return "rating";
        } else if (value instanceof DependencyKind) {
            return "kind";
        } else if (value instanceof Strength) {
            return "strength";
        } else if (value instanceof Attribution) {
            return "attribution";
        } else if (value instanceof Reliability) {
            return "reliability";
        } else if (value instanceof Consistency) {
            return "consistency";
        } else if (value instanceof JudgmentKind) {
            return "judgment";
        } else if (value instanceof BaseStatus) {
            return "base-status";
        }
        throw new IllegalArgumentException("no label words for " + value.getDeclaringClass().getSimpleName());
    }

    private static void enumKeys(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + "." + v.name().toLowerCase(Locale.ROOT));
        }
    }
}
