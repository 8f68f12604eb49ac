package org.mizan.ach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Text;

/**
 * The ACH result as plain maps for findings.json's {@code ach} block. Scores are rounded to three decimals so the
 * file is stable across platforms; ratings are written in lower snake case ("very_inconsistent"), and a pair no
 * rule rated is left out of an item's {@code ratings}.
 */
public final class AchJson {

    private AchJson() {
    }

    public static Map<String, Object> of(AchResult ach) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hypotheses", ach.ranking().stream().map(s -> hypothesis(ach, s)).toList());
        m.put("leastContradicted", ach.leader().orElse(null));
        m.put("tiers", ach.tiers());
        Set<String> diagnostic = Set.copyOf(ach.diagnostic());
        m.put("items", ach.items().stream().map(i -> item(ach, i, diagnostic)).toList());
        Map<String, Object> flip = new LinkedHashMap<>();
        flip.put("droppedCredibility", ach.droppedCredibility());
        flip.put("dropped", ach.dropped());
        flip.put("ranking", ach.rankingWithoutDropped().stream().map(HypothesisScore::hypothesis).toList());
        flip.put("tiers", ach.tiersWithoutDropped());
        flip.put("leastContradicted", AchScoring.leader(ach.rankingWithoutDropped()).orElse(null));
        flip.put("flips", ach.flips());
        m.put("flipCheck", flip);
        return m;
    }

    private static Map<String, Object> hypothesis(AchResult ach, HypothesisScore s) {
        Hypothesis h = ach.hypothesis(s.hypothesis()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("title", text(h.title()));
        m.put("statement", text(h.statement()));
        m.put("trend", lower(h.trend()));
        m.put("inconsistency", Math.round(s.inconsistency() * 1000) / 1000.0);
        m.put("inconsistentItems", s.inconsistentItems());
        m.put("ratedItems", s.ratedItems());
        return m;
    }

    private static Map<String, Object> item(AchResult ach, Item i, Set<String> diagnostic) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", i.fact());
        m.put("credibility", i.credibility());
        m.put("diagnostic", diagnostic.contains(i.fact()));
        m.put("cluster", i.cluster());
        m.put("share", Math.round(i.share() * 1000) / 1000.0);
        Map<String, String> ratings = new LinkedHashMap<>();
        ach.hypotheses().stream().filter(h -> i.rated(h.id()))
                .forEach(h -> ratings.put(h.id(), lower(i.against(h.id()))));
        m.put("ratings", ratings);
        Map<String, String> rules = new LinkedHashMap<>();
        ach.hypotheses().stream().filter(h -> i.rules().containsKey(h.id()))
                .forEach(h -> rules.put(h.id(), i.rules().get(h.id())));
        m.put("rules", rules);
        return m;
    }

    private static Map<String, String> text(Text t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", t.en());
        m.put("ar", t.ar());
        return m;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

}
