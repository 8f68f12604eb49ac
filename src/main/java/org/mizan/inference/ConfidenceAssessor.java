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
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;

/**
 * Grades how sure we are of a finding from the basis under it (ANALYSIS.md §2), the weakest link counting:
 * <ul>
 * <li>low when the chain rests on an item of credibility 3 or worse, on a source of reliability D or worse, on an
 * analyst's inference or hypothesis, or on a claim an official denial stands against;</li>
 * <li>otherwise high only with at least two independent sources (distinct origins, not outlets repeating one),
 * every item graded 2 or better;</li>
 * <li>otherwise moderate: one source can support at most moderate confidence.</li>
 * </ul>
 * The reason is stated once, in a short form naming what decided the level. Written against the evidence items of
 * a fact ({@link #itemsOf}) so that several items per fact, each with its origin, count without change here.
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
        List<Evidence> items = chain.stream().flatMap(f -> itemsOf(f).stream()).toList();
        List<String> origins = items.stream().map(Evidence::source).filter(x -> x != null).distinct().sorted()
                .toList();
        int weakest = items.stream().mapToInt(e -> credibilityOf(e.credibility())).max().orElse(6);
        Reliability leastReliable = origins.stream().map(this::reliabilityOf).max(Comparator.naturalOrder())
                .orElse(Reliability.F);
        List<String> inferred = chain.stream().filter(f -> itemsOf(f).stream().anyMatch(
                e -> e.attribution() == Attribution.ANALYST_HYPOTHESIS
                        || e.attribution() == Attribution.ANALYST_INFERENCE)).map(Fact::id).toList();
        List<Claim> denials = denialsAgainst(chain);
        List<Text> why = new ArrayList<>();
        why.add(origins.size() == 1 ? ConfidenceReasons.oneSource(publisherOf(origins.get(0)))
                : ConfidenceReasons.sources(origins.size()));
        why.add(ConfidenceReasons.weakest(leastReliable, weakest));
        inferred.stream().findFirst().ifPresent(id -> why.add(ConfidenceReasons.inference(id)));
        denials.stream().findFirst().ifPresent(d -> why.add(ConfidenceReasons.denial(
                names.of(d.by() == null ? "?" : d.by()), names.of(d.subject()))));
        Confidence level;
        if (weakest >= 3 || leastReliable.compareTo(Reliability.C) > 0 || !inferred.isEmpty() || !denials.isEmpty()) {
            level = Confidence.LOW;
        } else if (origins.size() >= 2) {
            level = Confidence.HIGH;
        } else {
            level = Confidence.MODERATE;
        }
        return new Assessment(level, List.of(ConfidenceReasons.join(why)));
    }

    /**
     * The evidence items of a fact. One per fact today; when a fact carries several (each with its origin), they
     * are listed here and counted as independent sources by their distinct origins.
     */
    static List<Evidence> itemsOf(Fact fact) {
        return fact.evidence() == null ? List.of() : List.of(fact.evidence());
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

    /** Official denials, in dossier order, of a subject the chain rests on that field indicators also report. */
    private List<Claim> denialsAgainst(List<Fact> chain) {
        Set<String> inChain = new HashSet<>();
        chain.forEach(f -> {
            inChain.add(f.id());
            if (f instanceof Claim c) {
                inChain.add(c.subject());
            }
        });
        return inChain.stream().map(denialsBySubject::get).filter(d -> d != null)
                .flatMap(List::stream).sorted(Comparator.comparingInt(Denial::position)).map(Denial::claim).toList();
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
