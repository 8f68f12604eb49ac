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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.mizan.dossier.Attribution;
import org.mizan.dossier.Claim;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.Corroboration;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;

/**
 * Grades how sure we are of a finding from the basis under it, the weakest link counting:
 * <ul>
 * <li>low when the chain rests on an item of credibility 3 or worse, on a source of reliability D or worse, on an
 * analyst's inference or hypothesis, or on a claim an official denial stands against;</li>
 * <li>otherwise high only when every fact of the chain is corroborated: reported by at least two independent
 * sources (distinct origins, not outlets repeating one, {@link Corroboration}) graded 2 or better. A chain is as
 * sure as its least supported fact, so one corroborated fact beside single-source ones does not lift it;</li>
 * <li>otherwise moderate: one source can support at most moderate confidence.</li>
 * </ul>
 * A fact is as credible as its best item. The reason is stated once, in a short form naming what decided the
 * level.
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
    private final Corroboration corroboration;
    private final Map<String, Set<String>> origins = new HashMap<>();
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
        this.corroboration = new Corroboration(dossier);
        indexDenials(dossier.facts(Claim.class));
    }

    private void indexDenials(List<Claim> claims) {
        Set<String> indicated = new HashSet<>();
        claims.stream().filter(c -> c.kind().isA(ClaimKind.FIELD_INDICATOR)).forEach(c -> indicated.add(c.subject()));
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.kind().isA(ClaimKind.OFFICIAL_DENIAL) && c.subject() != null && indicated.contains(c.subject())) {
                denialsBySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(new Denial(i, c));
            }
        }
    }

    Assessment assess(Finding finding) {
        List<Fact> chain = factsUnder(finding);
        List<FactBasis> bases = chain.stream().map(this::basisOf).toList();
        List<String> origins = bases.stream().flatMap(b -> b.origins().stream()).distinct().sorted().toList();
        int weakest = bases.stream().mapToInt(FactBasis::credibility).max().orElse(6);
        Reliability leastReliable = bases.stream().map(FactBasis::reliability).max(Comparator.naturalOrder())
                .orElse(Reliability.F);
        long singleSourced = bases.stream().filter(b -> !b.corroborated()).count();
        List<String> inferred = chain.stream().filter(f -> itemsOf(f).stream().anyMatch(
                e -> e.attribution() == Attribution.ANALYST_HYPOTHESIS
                        || e.attribution() == Attribution.ANALYST_INFERENCE)).map(Fact::id).toList();
        List<Claim> denials = denialsAgainst(chain);
        List<Text> why = new ArrayList<>();
        if (origins.size() == 1) {
            // Named by the source the dossier cites (an origin may be a wire report the dossier does not hold).
            why.add(ConfidenceReasons.oneSource(publisherOf(bases.stream().flatMap(b -> b.sources().stream())
                    .sorted().findFirst().orElse(origins.get(0)))));
        } else if (singleSourced == 0 && !bases.isEmpty()) {
            why.add(ConfidenceReasons.everyFactCorroborated(bases.size()));
        } else {
            why.add(ConfidenceReasons.partlyCorroborated(origins.size(), singleSourced, bases.size()));
        }
        why.add(ConfidenceReasons.weakest(leastReliable, weakest));
        inferred.stream().findFirst().ifPresent(id -> why.add(ConfidenceReasons.inference(id)));
        denials.stream().findFirst().ifPresent(d -> why.add(ConfidenceReasons.denial(
                names.of(d.by() == null ? "?" : d.by()), names.of(d.subject()))));
        Confidence level;
        if (weakest >= 3 || leastReliable.compareTo(Reliability.C) > 0 || !inferred.isEmpty() || !denials.isEmpty()) {
            level = Confidence.LOW;
        } else if (singleSourced == 0 && !bases.isEmpty()) {
            level = Confidence.HIGH;
        } else {
            level = Confidence.MODERATE;
        }
        return new Assessment(level, List.of(ConfidenceReasons.join(why)));
    }

    /**
     * What one fact of a chain stands on: the origins of the items that report it (what their sources finally
     * repeat, {@link Corroboration#origins}), its best credibility and the reliability of the source giving it (a
     * fact is as credible as its best item), and whether two independent origins report it graded 2 or better.
     */
    private record FactBasis(Set<String> sources, Set<String> origins, int credibility, Reliability reliability,
            boolean corroborated) {
    }

    private FactBasis basisOf(Fact fact) {
        List<Evidence> reports = itemsOf(fact).stream().filter(e -> e.attribution() != Attribution.OFFICIALLY_DENIED)
                .toList();
        if (reports.isEmpty()) {
            reports = itemsOf(fact);
        }
        Set<String> cited = new TreeSet<>();
        Set<String> origins = new TreeSet<>();
        List<Set<String>> wellGradedOrigins = new ArrayList<>();
        int best = 6;
        Reliability bestSource = Reliability.F;
        for (Evidence e : reports) {
            Set<String> from = e.source() == null ? Set.of() : originsOf(e.source());
            if (e.source() != null) {
                cited.add(e.source());
            }
            origins.addAll(from);
            int credibility = credibilityOf(e.credibility());
            Reliability reliability = e.source() == null ? Reliability.F : reliabilityOf(e.source());
            if (credibility < best || credibility == best && reliability.compareTo(bestSource) < 0) {
                best = credibility;
                bestSource = reliability;
            }
            if (credibility <= 2) {
                wellGradedOrigins.add(from);
            }
        }
        return new FactBasis(cited, origins, best, bestSource, Corroboration.independentPair(wellGradedOrigins));
    }

    /** Memoised: the sensitivity analysis re-grades findings many times over the same few sources. */
    private Set<String> originsOf(String sourceId) {
        return origins.computeIfAbsent(sourceId, corroboration::origins);
    }

    /** Every evidence item of a fact, as written (the lead item first). */
    static List<Evidence> itemsOf(Fact fact) {
        return fact.evidenceItems() == null ? List.of()
                : fact.evidenceItems().stream().filter(e -> e != null).toList();
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
