package org.mizan.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judgments that rest mostly on the same evidence are one judgment (rules/README.md): each group has one key
 * judgment and the others as its supporting findings. A judgment's evidence is the set of facts under it (through
 * the findings it rests on), less those its rules name as context ({@link Finding#context()}). The overlap of two judgments is the overlap coefficient |A ∩ B| / min(|A|, |B|) of
 * their evidence; judgments are taken gravest first ({@link #KEY_ORDER}), and each joins the first key judgment it
 * overlaps by at least {@link #THRESHOLD} or that it rests on or that rests on it; otherwise it is a key judgment.
 * So no two key judgments share more than the threshold. Documented in rules/README.md.
 */
public final class JudgmentGroups {

    /** "Mostly the same evidence": at least half of the smaller judgment's facts are also under the other. */
    public static final double THRESHOLD = 0.5;

    /**
     * The level a reader acts on first (rules/README.md: a chain is told once, at that level): a risk, an event with
     * a horizon, before a contingency, whose rating rests on a likelihood conditional on its trigger and so cannot
     * outrank an unconditional one, before a vulnerability, a standing condition. Within a kind, gravest first:
     * rating, then likelihood, impact and id. So a group that holds an event is keyed by it, and a contingency or a
     * condition resting on the same evidence is told as its support, never headlining it.
     */
    public static final Comparator<RiskJudgment> KEY_ORDER = Comparator
            .comparing((RiskJudgment r) -> r.kind() == JudgmentKind.RISK ? 0
                    : r.kind() == JudgmentKind.CONTINGENCY ? 1 : 2)
            .thenComparing(RiskJudgment::rating, Comparator.reverseOrder())
            .thenComparing(RiskJudgment::likelihood, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RiskJudgment::impact, Comparator.reverseOrder())
            .thenComparing(RiskJudgment::id);

    /** One key judgment and the ids of its supporting findings, gravest first. */
    public record Group(String key, List<String> supporting) {

        public Group {
            supporting = List.copyOf(supporting);
        }
    }

    private final List<Group> groups;
    private final Map<String, String> keyOf;
    private final Map<String, Double> overlap;

    private JudgmentGroups(List<Group> groups, Map<String, String> keyOf, Map<String, Double> overlap) {
        this.groups = List.copyOf(groups);
        this.keyOf = Map.copyOf(keyOf);
        this.overlap = Map.copyOf(overlap);
    }

    /**
     * The grouping of {@code findings}. The last one is kept (by identity; findings are immutable): the brief of
     * each language and findings.json ask for the same, and at 1000x each grouping walks thousands of chains.
     */
    public static JudgmentGroups of(Findings findings) {
        Last last = LAST.get();
        if (last != null && last.findings().get() == findings) {
            return last.groups();
        }
        JudgmentGroups groups = group(findings);
        LAST.set(new Last(new java.lang.ref.WeakReference<>(findings), groups));
        return groups;
    }

    private record Last(java.lang.ref.WeakReference<Findings> findings, JudgmentGroups groups) {
    }

    private static final java.util.concurrent.atomic.AtomicReference<Last> LAST =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static JudgmentGroups group(Findings findings) {
        Map<String, Finding> byId = new HashMap<>();
        findings.dependencies().forEach(d -> byId.put(d.id(), d));
        findings.risks().forEach(r -> byId.put(r.id(), r));
        Evidence evidence = new Evidence(byId);
        List<RiskJudgment> ordered = findings.risks().stream().sorted(KEY_ORDER).toList();
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        Map<String, Double> overlap = new HashMap<>();
        Map<String, List<String>> keysByFact = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (RiskJudgment r : ordered) {
            Set<String> facts = evidence.factsUnder(r.id());
            Map<String, Integer> shared = new LinkedHashMap<>();
            facts.forEach(f -> keysByFact.getOrDefault(f, List.of()).forEach(k -> shared.merge(k, 1, Integer::sum)));
            String joined = null;
            double best = 0;
            // Only keys that share a fact can overlap or chain (a chain shares the facts of its lower link);
            // looked up through the facts, not by comparing with every key (quadratic at scale).
            List<String> candidates = shared.keySet().stream().sorted(Comparator.comparing(rank::get)).toList();
            for (String key : candidates) {
                boolean chained = evidence.findingsUnder(r.id()).contains(key)
                        || evidence.findingsUnder(key).contains(r.id());
                int both = shared.getOrDefault(key, 0);
                int smaller = Math.min(facts.size(), evidence.factsUnder(key).size());
                double coefficient = smaller == 0 ? 0 : (double) both / smaller;
                if (chained || coefficient >= THRESHOLD) {
                    joined = key;
                    best = coefficient;
                    break;
                }
            }
            if (joined == null) {
                rank.put(r.id(), rank.size());
                members.put(r.id(), new ArrayList<>());
                keyOf.put(r.id(), r.id());
                overlap.put(r.id(), 1.0);
                facts.forEach(f -> keysByFact.computeIfAbsent(f, x -> new ArrayList<>()).add(r.id()));
            } else {
                members.get(joined).add(r.id());
                keyOf.put(r.id(), joined);
                overlap.put(r.id(), best);
            }
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((key, supporting) -> groups.add(new Group(key, supporting)));
        return new JudgmentGroups(groups, keyOf, overlap);
    }

    /** The groups, their keys gravest first. */
    public List<Group> groups() {
        return groups;
    }

    /** The key judgment of {@code id}'s group (itself if it is a key). */
    public String keyOf(String id) {
        return keyOf.getOrDefault(id, id);
    }

    public boolean isKey(String id) {
        return keyOf(id).equals(id);
    }

    /** The overlap coefficient of a supporting finding with its key (1 for a key itself). */
    public double overlapWithKey(String id) {
        return overlap.getOrDefault(id, 1.0);
    }

    /** The supporting findings of a key judgment. */
    public List<String> supporting(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().map(Group::supporting)
                .orElse(List.of());
    }

    /** The facts and findings under each judgment, memoised: chains share their lower links. */
    private static final class Evidence {

        private final Map<String, Finding> findings;
        private final Map<String, Set<String>> facts = new HashMap<>();
        private final Map<String, Set<String>> below = new HashMap<>();

        Evidence(Map<String, Finding> findings) {
            this.findings = findings;
        }

        Set<String> factsUnder(String id) {
            walk(id);
            return facts.get(id);
        }

        Set<String> findingsUnder(String id) {
            walk(id);
            return below.get(id);
        }

        private void walk(String id) {
            if (facts.containsKey(id)) {
                return;
            }
            Set<String> f = new HashSet<>();
            Set<String> b = new HashSet<>();
            facts.put(id, f);
            below.put(id, b);
            Finding finding = findings.get(id);
            if (finding == null) {
                return;
            }
            Set<String> context = Set.copyOf(finding.context());
            for (String child : finding.because()) {
                if (context.contains(child)) {
                    continue;
                }
                if (findings.containsKey(child)) {
                    b.add(child);
                    walk(child);
                    f.addAll(facts.get(child));
                    b.addAll(below.get(child));
                } else {
                    f.add(child);
                }
            }
        }
    }
}
