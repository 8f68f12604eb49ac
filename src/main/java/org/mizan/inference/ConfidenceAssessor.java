package org.mizan.inference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Attribution;
import org.mizan.dossier.Claim;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;

/**
 * Grades how sure we are of a finding from everything under it: the Admiralty grades of its sources and
 * information (the weakest link counts), how many independent sources stand behind it (one source caps it at
 * moderate), whether an official denial contradicts field indicators on something it rests on (one step down) and
 * whether it rests on an analyst's hypothesis rather than reporting (one step down).
 */
final class ConfidenceAssessor {

    /** A confidence level and the reasons for it, in both languages. */
    record Assessment(Confidence level, List<Text> reasons) {
    }

    private final Dossier dossier;
    private final Map<String, Fact> facts;
    private final Map<String, Finding> findings;
    private final Names names;

    ConfidenceAssessor(Dossier dossier, Map<String, Finding> findings, Names names) {
        this.dossier = dossier;
        this.facts = dossier.factsById();
        this.findings = findings;
        this.names = names;
    }

    Assessment assess(Finding finding) {
        List<Fact> chain = factsUnder(finding);
        List<Text> reasons = new ArrayList<>();
        Confidence level = byGrades(chain, reasons);
        level = bySourceCount(chain, level, reasons);
        level = byContradiction(chain, level, reasons);
        level = byHypotheses(chain, level, reasons);
        return new Assessment(level, reasons);
    }

    /** The facts a finding rests on, through any findings in between. */
    List<Fact> factsUnder(Finding finding) {
        Map<String, Fact> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(finding.because());
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            if (facts.containsKey(id)) {
                found.put(id, facts.get(id));
            } else if (findings.containsKey(id)) {
                todo.addAll(findings.get(id).because());
            }
        }
        return List.copyOf(found.values());
    }

    private Confidence byGrades(List<Fact> chain, List<Text> reasons) {
        Reliability reliability = chain.stream().map(f -> reliabilityOf(f.evidence().source()))
                .max(Comparator.naturalOrder()).orElse(Reliability.F);
        int credibility = chain.stream().mapToInt(f -> credibilityOf(f.evidence().credibility())).max().orElse(6);
        reasons.add(ConfidenceReasons.grades(reliability, credibility));
        if (reliability.compareTo(Reliability.B) <= 0 && credibility <= 2) {
            return Confidence.HIGH;
        }
        return reliability.compareTo(Reliability.C) <= 0 && credibility <= 3 ? Confidence.MODERATE : Confidence.LOW;
    }

    private Confidence bySourceCount(List<Fact> chain, Confidence level, List<Text> reasons) {
        List<String> sources = chain.stream().map(f -> f.evidence().source()).distinct().sorted().toList();
        if (sources.size() > 1) {
            reasons.add(ConfidenceReasons.independentSources(sources.size()));
            return level;
        }
        Text publisher = sources.isEmpty() ? new Text("none", "بلا مصدر") : publisherOf(sources.get(0));
        reasons.add(ConfidenceReasons.singleSource(publisher));
        return level == Confidence.HIGH ? Confidence.MODERATE : level;
    }

    private Confidence byContradiction(List<Fact> chain, Confidence level, List<Text> reasons) {
        Set<String> inChain = new HashSet<>();
        chain.forEach(f -> {
            inChain.add(f.id());
            if (f instanceof Claim c) {
                inChain.add(c.subject());
            }
        });
        List<Claim> denials = dossier.facts(Claim.class).stream()
                .filter(c -> c.kind() == ClaimKind.OFFICIAL_DENIAL && inChain.contains(c.subject()))
                .filter(c -> hasFieldIndicator(c.subject())).toList();
        for (Claim denial : denials) {
            Text by = names.of(denial.by() == null ? "?" : denial.by());
            reasons.add(ConfidenceReasons.denialAgainstIndicators(by, names.of(denial.subject())));
        }
        return denials.isEmpty() ? level : lower(level);
    }

    /** A scenario's "what if" is not evidence: a chain that rests on one is only as sure as the guess. */
    private Confidence byHypotheses(List<Fact> chain, Confidence level, List<Text> reasons) {
        List<String> hypotheses = chain.stream()
                .filter(f -> f.evidence().attribution() == Attribution.ANALYST_HYPOTHESIS).map(Fact::id).toList();
        if (hypotheses.isEmpty()) {
            return level;
        }
        reasons.add(ConfidenceReasons.hypothesis(String.join(", ", hypotheses)));
        return lower(level);
    }

    private boolean hasFieldIndicator(String subject) {
        return dossier.facts(Claim.class).stream()
                .anyMatch(c -> c.kind() == ClaimKind.FIELD_INDICATOR && subject.equals(c.subject()));
    }

    private static Confidence lower(Confidence level) {
        return level == Confidence.HIGH ? Confidence.MODERATE : Confidence.LOW;
    }

    private Reliability reliabilityOf(String sourceId) {
        return dossier.source(sourceId).map(Source::reliability).orElse(Reliability.F);
    }

    private Text publisherOf(String sourceId) {
        return dossier.source(sourceId).map(Source::publisher).orElse(new Text(sourceId, sourceId));
    }

    private static int credibilityOf(int grade) {
        return grade >= 1 && grade <= 6 ? grade : 6;
    }
}
