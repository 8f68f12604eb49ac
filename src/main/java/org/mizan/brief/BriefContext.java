package org.mizan.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.mizan.dossier.Corroboration;
import org.mizan.dossier.Event;
import org.mizan.dossier.Fact;
import org.mizan.inference.Dependency;
import org.mizan.inference.JudgmentGroups;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskJudgment;

/**
 * What one brief shows, decided once: which risks and dependencies, in what order, under which short labels
 * (R1, D1, E1), and which facts the evidence appendix must carry. Sections only lay this out.
 */
record BriefContext(BriefInput input, Wording wording, Names names, Map<String, Fact> facts,
                    List<RiskJudgment> risks, List<RiskJudgment> keyRisks, List<Dependency> dependencies,
                    List<Event> events, Map<String, String> labels, List<Fact> evidence, EvidenceTrail trail,
                    Map<String, Integer> positions, Map<String, String> annexes, JudgmentGroups groups,
                    Corroboration corroboration) {

    /** More risks than this go to findings.json only: the table must stay readable. */
    static final int MAX_RISKS_SHOWN = 12;
    /** Key judgments: the risks rated high or critical, at most this many. */
    static final int MAX_KEY_JUDGMENTS = 5;
    /**
     * Dependencies in the graph and table, at most: at scale a graph or table of every dependency is unreadable;
     * the rest go to findings.json only.
     */
    static final int MAX_DEPENDENCIES_SHOWN = 20;
    /**
     * Up to this many facts, the evidence annex lists every one; a larger dossier lists those the shown
     * judgments and the timeline rest on (a 75,000-row annex helps no reader).
     */
    static final int MAX_FACTS_LISTED = 400;
    /** A short timeline: the most recent dated events, at most this many. */
    static final int MAX_EVENTS = 12;

    /** Gravest first: the order key judgments are chosen in (a risk before a contingency before a condition). */
    static final Comparator<RiskJudgment> GRAVEST_FIRST = JudgmentGroups.KEY_ORDER;

    private static final Comparator<Dependency> BY_PARTIES = Comparator.comparing(Dependency::dependent)
            .thenComparing(Dependency::provider).thenComparing(Dependency::kind).thenComparing(Dependency::id);

    /** What a brief shows, language aside: the risks, the evidence trail, the dependencies, timeline and evidence. */
    private record Shown(List<RiskJudgment> risks, EvidenceTrail trail, List<Dependency> dependencies,
                         List<Event> events, List<Fact> evidence) {

        static Shown of(BriefInput input, Map<String, Fact> facts) {
            List<RiskJudgment> risks = input.findings().risks().stream().sorted(GRAVEST_FIRST)
                    .limit(MAX_RISKS_SHOWN).toList();
            EvidenceTrail trail = new EvidenceTrail(input.findings(), facts);
            List<Dependency> dependencies = shownDependencies(input, trail, risks);
            List<Event> events = timeline(input);
            List<Fact> evidence = facts.size() <= MAX_FACTS_LISTED ? BriefContext.evidence(facts.values())
                    : BriefContext.evidence(trail.factsBehind(roots(risks, dependencies, events)).stream()
                    .map(facts::get).toList());
            return new Shown(risks, trail, dependencies, events, evidence);
        }

        Numbering numbering(BriefInput input) {
            return input.numbering() != null ? input.numbering()
                    : Numbering.of(risks, dependencies, evidence, input.since().earlier());
        }
    }

    /** The numbers of what a brief of {@code input} shows (language aside): for findings.json, once per run. */
    static Numbering numbering(BriefInput input) {
        return Shown.of(input, input.dossier().factsById()).numbering(input);
    }

    static BriefContext of(BriefInput input, Wording wording) {
        Map<String, Fact> facts = input.dossier().factsById();
        Shown shown = Shown.of(input, facts);
        List<RiskJudgment> risks = shown.risks();
        EvidenceTrail trail = shown.trail();
        List<Dependency> dependencies = shown.dependencies();
        List<Event> events = shown.events();
        List<Fact> evidence = shown.evidence();
        Numbering numbers = shown.numbering(input);
        Map<String, String> labels = new LinkedHashMap<>();
        label(labels, wording, "prefix.risk", risks.stream().map(RiskJudgment::id).toList(),
                risks.stream().map(Numbering::key).toList(), numbers.risks());
        label(labels, wording, "prefix.dependency", dependencies.stream().map(Dependency::id).toList(),
                dependencies.stream().map(Numbering::key).toList(), numbers.dependencies());
        label(labels, wording, "prefix.evidence", evidence.stream().map(Fact::id).toList(),
                evidence.stream().map(Fact::id).toList(), numbers.evidence());
        // Grouped and indexed once per brief, not per judgment shown: at scale the grouping walks thousands of chains
        // and the corroboration index covers every fact.
        JudgmentGroups groups = JudgmentGroups.of(input.findings());
        return new BriefContext(input, wording, new Names(facts, wording), facts, risks,
                keyRisks(risks, groups), dependencies, events, labels, evidence, trail, positions(labels),
                annexes(wording, risks), groups, new Corroboration(input.dossier()));
    }

    /**
     * The annexes this brief has, in order, each with its name ("Annex A" / «الملحق أ»): the risks in full (if
     * there are any), the evidence and the method note.
     */
    private static Map<String, String> annexes(Wording w, List<RiskJudgment> risks) {
        List<String> anchors = new ArrayList<>();
        if (!risks.isEmpty()) {
            anchors.add(Anchors.RISK_ANNEX);
        }
        anchors.add(Anchors.SOURCES);
        anchors.add(Anchors.METHOD);
        List<String> letters = List.of(w.label("annex.letters").split(" "));
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < anchors.size(); i++) {
            String letter = i < letters.size() ? letters.get(i) : w.number(i + 1L);
            names.put(anchors.get(i), w.label("annex.name").replace("{letter}", letter));
        }
        return names;
    }

    /** "Annex D", how the text refers to the annex with this anchor; empty if the brief has no such annex. */
    String annexTitle(String anchor) {
        return annexes.getOrDefault(anchor, "");
    }

    /** "the “Dependencies” sheet of the evidence workbook": how the text names the sheet whose name is that label. */
    String sheetName(String sheetLabel) {
        return wording.label("workbook.in-sheet").replace("{sheet}", wording.label(sheetLabel));
    }

    /** "Annex D. Evidence": the annex's name and its heading, as the annex itself is headed. */
    String annexHeading(String anchor, String headingKey) {
        return wording.label("annex.heading").replace("{name}", annexTitle(anchor))
                .replace("{title}", wording.label(headingKey));
    }

    /** "R3" for a risk, "D2" for a dependency, "E7" for a fact in the evidence appendix. */
    String label(String id) {
        return labels.getOrDefault(id, id);
    }

    /** Where a shown id comes in the brief: risks first, then dependencies, then evidence, each in table order. */
    int order(String id) {
        return positions.getOrDefault(id, -1);
    }

    boolean shown(String id) {
        return labels.containsKey(id);
    }

    /**
     * At most {@link #MAX_DEPENDENCIES_SHOWN}: first those the shown risks rest on, nearest first (the walk goes
     * down the gravest risks' chains level by level), then the strongest of the others; listed by dependent,
     * provider and kind. A chain that reaches a dependency not shown still cites its facts.
     */
    private static List<Dependency> shownDependencies(BriefInput input, EvidenceTrail trail,
                                                      List<RiskJudgment> risks) {
        Map<String, Dependency> byId = new LinkedHashMap<>();
        input.findings().dependencies().forEach(d -> byId.putIfAbsent(d.id(), d));
        List<Dependency> shown = new ArrayList<>();
        trail.findingsBehind(risks.stream().map(RiskJudgment::id).toList()).stream()
                .map(byId::get).filter(Objects::nonNull).forEach(shown::add);
        Set<Dependency> behindRisks = Set.copyOf(shown);
        input.findings().dependencies().stream().filter(d -> !behindRisks.contains(d))
                .sorted(Comparator.comparing(Dependency::strength).reversed().thenComparing(BY_PARTIES))
                .forEach(shown::add);
        return shown.stream().limit(MAX_DEPENDENCIES_SHOWN).sorted(BY_PARTIES).toList();
    }

    /**
     * Key judgments: the key of each group of judgments that rest mostly on the same evidence (JudgmentGroups),
     * rated high or critical, at most {@link #MAX_KEY_JUDGMENTS}; the group's other findings support it.
     */
    private static List<RiskJudgment> keyRisks(List<RiskJudgment> risks, JudgmentGroups groups) {
        List<RiskJudgment> keys = risks.stream().filter(r -> groups.isKey(r.id())).toList();
        List<RiskJudgment> grave = keys.stream().filter(r -> r.rating().compareTo(Rating.HIGH) >= 0)
                .limit(MAX_KEY_JUDGMENTS).toList();
        return grave.isEmpty() ? keys.stream().limit(1).toList() : grave;
    }

    private static List<Event> timeline(BriefInput input) {
        // In the order the sources tell (imprecise dates sort by "then", "after"), not by the date's text.
        List<Event> dated = org.mizan.dossier.Timeline.order(input.dossier().facts(Event.class));
        return dated.subList(Math.max(0, dated.size() - MAX_EVENTS), dated.size());
    }

    /**
     * Every fact of the dossier, in the order of the source: each is either cited in the body or at least
     * listed in the evidence annex, so nothing the dossier holds is silently left out, and no fact is ever
     * named by its id outside that annex.
     */
    private static List<Fact> evidence(java.util.Collection<Fact> facts) {
        return facts.stream().filter(f -> f.evidence() != null).sorted(Comparator
                .comparing((Fact f) -> f.evidence() == null ? "" : f.evidence().source())
                .thenComparingInt(f -> f.evidence() == null ? 0 : f.evidence().paragraph())
                .thenComparing(Fact::id)).toList();
    }

    private static List<String> roots(List<RiskJudgment> risks, List<Dependency> dependencies, List<Event> events) {
        List<String> roots = new ArrayList<>();
        Stream.concat(risks.stream().map(RiskJudgment::id), dependencies.stream().map(Dependency::id))
                .forEach(roots::add);
        events.forEach(e -> roots.add(e.id()));
        return roots;
    }

    /** Each shown id's label: the prefix and the number {@link Numbering} gave its key. */
    private static void label(Map<String, String> labels, Wording wording, String prefixKey, List<String> ids,
                              List<String> plainKeys, Map<String, Integer> numbers) {
        String prefix = wording.label(prefixKey);
        List<String> keys = Numbering.keys(plainKeys);
        for (int i = 0; i < ids.size(); i++) {
            labels.put(ids.get(i), prefix + wording.number(numbers.getOrDefault(keys.get(i), i + 1)));
        }
    }


    /** The facts a finding or fact finally rests on that the appendix shows, as evidence labels' ids. */
    List<String> evidenceBehind(List<String> ids) {
        return trail.factsBehind(ids).stream().filter(this::shown).sorted(
                Comparator.comparingInt(this::order)).toList();
    }

    /**
     * Each labelled id's place in the brief (the order of {@link #labels}, whose evidence part follows the
     * appendix): looked up, not searched for, since sorting by a list search was quadratic in the findings.
     */
    private static Map<String, Integer> positions(Map<String, String> labels) {
        Map<String, Integer> positions = new HashMap<>();
        for (String id : labels.keySet()) {
            positions.put(id, positions.size());
        }
        return positions;
    }
}
