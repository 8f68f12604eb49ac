package org.mizan.inference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** An official denial of a subject that also has a field indicator, and its place among the dossier's claims. */
    private record Denial(int position, Claim claim) {
    }

    private final Map<String, Fact> facts;
    private final Function<String, Finding> findings;
    private final Names names;
    private final Map<String, Source> sources = new HashMap<>();
    /**
     * Indexed once, not scanned per finding: a warm loop that re-grades a few findings at a time would otherwise
     * pay for the whole dossier on every one.
     */
    private final Map<String, List<Denial>> denialsBySubject = new HashMap<>();

    /** {@code findings} gives the finding of an id, or null: the chain is walked through it. */
    ConfidenceAssessor(Dossier dossier, Function<String, Finding> findings, Names names) {
        this.facts = dossier.factsById();
        this.findings = findings;
        this.names = names;
        dossier.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        indexDenials(dossier.facts(Claim.class));
    }

    private void indexDenials(List<Claim> claims) {
        Set<String> indicated = new HashSet<>();
        claims.stream().filter(c -> c.kind() == ClaimKind.FIELD_INDICATOR).forEach(c -> indicated.add(c.subject()));
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.kind() == ClaimKind.OFFICIAL_DENIAL && c.subject() != null && indicated.contains(c.subject())) {
                denialsBySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(new Denial(i, c));
            }
        }
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
        walk(finding, id -> found.put(id, facts.get(id)));
        return List.copyOf(found.values());
    }

    /**
     * Every id the grade of {@code finding} looks up, found or not: if none of them comes, goes or changes, the
     * walk, and so the grade, stays as it is.
     */
    Set<String> idsRead(Finding finding) {
        return walk(finding, id -> { });
    }

    /** Walks the chain below a finding, handing each fact id to {@code atFact}; returns every id looked up. */
    private Set<String> walk(Finding finding, Consumer<String> atFact) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(finding.because());
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            if (facts.containsKey(id)) {
                atFact.accept(id);
                continue;
            }
            Finding below = findings.apply(id);
            if (below != null) {
                todo.addAll(below.because());
            }
        }
        return seen;
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
        List<Claim> denials = inChain.stream().map(denialsBySubject::get).filter(d -> d != null)
                .flatMap(List::stream).sorted(Comparator.comparingInt(Denial::position)).map(Denial::claim).toList();
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

    private static Confidence lower(Confidence level) {
        return level == Confidence.HIGH ? Confidence.MODERATE : Confidence.LOW;
    }

    private Reliability reliabilityOf(String sourceId) {
        Source source = sources.get(sourceId);
        return source == null ? Reliability.F : source.reliability();
    }

    private Text publisherOf(String sourceId) {
        Source source = sources.get(sourceId);
        return source == null ? new Text(sourceId, sourceId) : source.publisher();
    }

    private static int credibilityOf(int grade) {
        return grade >= 1 && grade <= 6 ? grade : 6;
    }
}
