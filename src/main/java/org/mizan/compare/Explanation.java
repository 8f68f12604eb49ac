package org.mizan.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Text;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.RiskJudgment;
import org.mizan.dossier.FactType;
import org.mizan.scenario.RecordFields;

/**
 * The chain behind a finding, down to the cited excerpts ({@link #of}), and the other way round, everything that
 * rests on a fact, however indirectly ({@link #restingOn}). A finding that recurs in its own chain is shown once
 * on that path, so a cyclic {@code because} cannot loop.
 */
public final class Explanation {

    private Explanation() {
    }

    /** The tree under a finding or fact id; empty when neither run nor dossier knows the id. */
    public static Optional<ExplanationNode> of(String id, Findings findings, Dossier dossier) {
        if (findings.find(id).isEmpty() && dossier.fact(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(down(id, findings, dossier, new LinkedHashSet<>()));
    }

    /** The fact at the root, the findings that cite it as children, and what rests on those below them. */
    public static Optional<ExplanationNode> restingOn(String id, Findings findings, Dossier dossier) {
        if (findings.find(id).isEmpty() && dossier.fact(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(up(id, findings, dossier, new LinkedHashSet<>()));
    }

    /** Every id {@code explain} accepts, for "did you mean" hints. */
    public static Set<String> ids(Findings findings, Dossier dossier) {
        Set<String> ids = new TreeSet<>(dossier.factsById().keySet());
        Stream.concat(findings.risks().stream(), findings.dependencies().stream()).forEach(f -> ids.add(f.id()));
        return ids;
    }

    public static String text(ExplanationNode root) {
        return ExplanationText.render(root);
    }

    private static ExplanationNode down(String id, Findings findings, Dossier dossier, Set<String> path) {
        Optional<Finding> finding = findings.find(id);
        if (finding.isEmpty()) {
            return fact(id, dossier, List.of());
        }
        path.add(id);
        List<ExplanationNode> children = new ArrayList<>();
        for (String below : finding.get().because()) {
            if (!path.contains(below)) {
                children.add(down(below, findings, dossier, path));
            }
        }
        path.remove(id);
        return finding(finding.get(), dossier, children);
    }

    private static ExplanationNode up(String id, Findings findings, Dossier dossier, Set<String> path) {
        path.add(id);
        List<ExplanationNode> children = new ArrayList<>();
        Stream.concat(findings.risks().stream(), findings.dependencies().stream())
                .filter(f -> f.because().contains(id) && !path.contains(f.id()))
                .forEach(f -> children.add(up(f.id(), findings, dossier, path)));
        path.remove(id);
        Optional<Finding> finding = findings.find(id);
        return finding.isPresent() ? finding(finding.get(), dossier, children) : fact(id, dossier, children);
    }

    private static ExplanationNode finding(Finding f, Dossier dossier, List<ExplanationNode> children) {
        if (f instanceof RiskJudgment r) {
            // A risk reads as before; the other kinds say what they are, a vulnerability its strength instead of a
            // likelihood, a contingency that its likelihood is conditional.
            String grade = String.join("; ", r.kind() == JudgmentKind.RISK ? Words.en(r.rating())
                    : Words.en(r.kind()) + "; " + Words.en(r.rating()), r.likelihood() == null
                    ? "strength " + Words.en(r.strength()) : Words.en(r.likelihood())
                    + (r.kind() == JudgmentKind.CONTINGENCY ? " (conditional)" : ""),
                    (r.likelihood() == null ? "exposure " : "") + Words.en(r.impact()),
                    "confidence " + Words.en(r.confidence()));
            return new ExplanationNode(r.id(), ExplanationNode.Kind.RISK, r.title().en(), r.rule(), grade, null,
                    null, children);
        }
        Dependency d = (Dependency) f;
        return new ExplanationNode(d.id(), ExplanationNode.Kind.DEPENDENCY, DiffText.title(d, dossier).en(),
                d.rule(), Words.en(d.strength()), null, null, children);
    }

    private static ExplanationNode fact(String id, Dossier dossier, List<ExplanationNode> children) {
        Optional<Fact> fact = dossier.fact(id);
        if (fact.isEmpty()) {
            return new ExplanationNode(id, ExplanationNode.Kind.UNKNOWN, "not in the dossier", null, null, null, null,
                    children);
        }
        Evidence e = fact.get().evidence();
        var citation = e == null ? null : new ExplanationNode.Citation(e.source(), e.paragraph(), e.excerpt(),
                e.credibility(), e.attribution() == null ? null : e.attribution().name().toLowerCase(Locale.ROOT));
        var origin = dossier.origins().get(id);
        return new ExplanationNode(id, ExplanationNode.Kind.FACT, label(fact.get()), null, null, citation,
                origin == null ? null : origin.toString(), children);
    }

    /** {@code support: provider coalition, recipient sdf, type funding}: the fact's ids and enum fields. */
    static String label(Fact fact) {
        List<String> parts = new ArrayList<>();
        for (String field : RecordFields.names(fact.getClass().asSubclass(Record.class))) {
            Object value = RecordFields.get((Record) fact, field);
            if (field.equals("id") || value == null || value instanceof Evidence) {
                continue;
            }
            String shown = shown(value);
            if (shown != null) {
                parts.add(field + " " + shown);
            }
        }
        return FactType.of(fact).label() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    /** Ids, enums and lists of ids are short enough for a label; bilingual texts are left to the brief. */
    private static String shown(Object value) {
        if (value instanceof Text) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            boolean ids = !c.isEmpty() && c.stream().allMatch(String.class::isInstance);
            return ids ? String.join(", ", c.stream().map(String::valueOf).toList()) : null;
        }
        return DossierDiff.show(value);
    }
}
