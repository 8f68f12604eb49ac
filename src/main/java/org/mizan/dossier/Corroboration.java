package org.mizan.dossier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far a fact's sources stand on their own. A source's <em>origins</em> are what it finally repeats, following
 * {@code derivedFrom} through the dossier's sources (a source that derives from nothing is its own origin). Two items
 * are independent when their sources share no origin: two outlets repeating one wire report count once.
 * <ul>
 *   <li>A fact is <em>corroborated</em> when items from at least two independent origins report it (denials
 *       excluded).
 *   <li>A fact is <em>contradicted</em> when one source reports it and another, independent one denies it: an item
 *       of the fact itself attributed {@code officially_denied}, or an official-denial claim about it.
 * </ul>
 * What the brief's "why we judge this" and the confidence grading read; see ConfidenceAssessor.
 */
public final class Corroboration {

    /** What stands behind one fact: its independent origins, whether they agree, and who denies it. */
    public record Basis(String factId, Set<String> origins, boolean corroborated, List<Contradiction> contradictions) {

        public Basis {
            origins = Set.copyOf(origins);
            contradictions = List.copyOf(contradictions);
        }

        /** How many independent origins report the fact. */
        public int independentSources() {
            return origins.size();
        }

        public boolean contradicted() {
            return !contradictions.isEmpty();
        }
    }

    /**
     * Source {@code reportedBy} reports fact {@code factId} and {@code deniedBy} denies it: the actor who made the
     * official denial claim {@code denialId}, or, for an item of the fact itself attributed {@code officially_denied},
     * that item's source (then {@code denialId} is the fact's id).
     */
    public record Contradiction(String factId, String reportedBy, String deniedBy, String denialId) {
    }

    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, List<Claim>> denialsBySubject = new HashMap<>();

    public Corroboration(Dossier dossier) {
        dossier.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        dossier.facts().stream().filter(f -> f.id() != null).forEach(f -> facts.putIfAbsent(f.id(), f));
        dossier.facts(Claim.class).stream().filter(c -> c.kind().isA(ClaimKind.OFFICIAL_DENIAL) && c.subject() != null)
                .forEach(c -> denialsBySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c));
    }

    /** What {@code sourceId} finally repeats; itself when it derives from nothing. Sorted. */
    public Set<String> origins(String sourceId) {
        Set<String> origins = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(sourceId));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            Source source = sources.get(id);
            List<String> from = source == null || source.derivedFrom() == null ? List.of() : source.derivedFrom();
            if (from.isEmpty()) {
                origins.add(id);
            } else {
                todo.addAll(from);
            }
        }
        return origins;
    }

    /** Whether two sources share no origin. */
    public boolean independent(String sourceA, String sourceB) {
        Set<String> a = origins(sourceA);
        return origins(sourceB).stream().noneMatch(a::contains);
    }

    /** The basis of a fact of the dossier (an unknown id has none). */
    public Basis of(String factId) {
        Fact fact = facts.get(factId);
        return fact == null ? new Basis(factId, Set.of(), false, List.of()) : of(fact);
    }

    public Basis of(Fact fact) {
        Set<String> origins = new TreeSet<>();
        List<Evidence> reports = reporting(fact);
        reports.forEach(e -> origins.addAll(origins(e.source())));
        return new Basis(fact.id(), origins, independentPair(reports.stream().map(e -> origins(e.source())).toList()),
                contradictions(fact));
    }

    /**
     * Whether two of the items' origin sets share nothing. Counting the origins of all items together is not enough:
     * an aggregator that repeats a wire and adds a quotation of its own has two origins, yet its account of the
     * wire's story is the wire's, and does not confirm an outlet repeating the same wire.
     */
    public static boolean independentPair(List<Set<String>> originsOfItems) {
        for (int i = 0; i < originsOfItems.size(); i++) {
            for (int j = i + 1; j < originsOfItems.size(); j++) {
                Set<String> a = originsOfItems.get(i);
                if (!a.isEmpty() && !originsOfItems.get(j).isEmpty()
                        && originsOfItems.get(j).stream().noneMatch(a::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Items that report the fact rather than deny it. */
    private static List<Evidence> reporting(Fact fact) {
        return items(fact).stream().filter(e -> e.source() != null)
                .filter(e -> e.attribution() != Attribution.OFFICIALLY_DENIED).toList();
    }

    private List<Contradiction> contradictions(Fact fact) {
        List<Contradiction> found = new ArrayList<>();
        List<Evidence> reports = reporting(fact);
        items(fact).stream().filter(e -> e.attribution() == Attribution.OFFICIALLY_DENIED && e.source() != null)
                .forEach(denied -> reports.stream().filter(r -> independent(r.source(), denied.source()))
                        .forEach(r -> found.add(new Contradiction(fact.id(), r.source(), denied.source(), fact.id()))));
        for (Claim denial : denialsBySubject.getOrDefault(fact.id(), List.of())) {
            String denier = denial.by() != null ? denial.by() : denial.id();
            reports.forEach(r -> found.add(new Contradiction(fact.id(), r.source(), denier, denial.id())));
        }
        return found.stream().distinct().toList();
    }

    /**
     * Items graded credibility 1 ("confirmed by other sources") that no item from an independent source of the same
     * fact confirms: the confidence grading allows the grade only when another source in the dossier confirms it.
     */
    public List<Integer> unconfirmedGradeOne(Fact fact) {
        List<Evidence> items = items(fact);
        List<Integer> unconfirmed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence e = items.get(i);
            if (e.credibility() == 1 && e.source() != null && reporting(fact).stream()
                    .noneMatch(other -> other != e && independent(other.source(), e.source()))) {
                unconfirmed.add(i);
            }
        }
        return unconfirmed;
    }

    private static List<Evidence> items(Fact fact) {
        return fact.evidenceItems() == null ? List.of()
                : fact.evidenceItems().stream().filter(e -> e != null).toList();
    }
}
