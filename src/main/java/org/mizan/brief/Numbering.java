package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.mizan.dossier.Fact;
import org.mizan.inference.Dependency;
import org.mizan.inference.RiskJudgment;

/**
 * The numbers behind the labels a reader cites (R3, D2, E7), kept stable across versions of one dossier's brief.
 * A judgment is numbered by what it judges (its type and parties), a dependency by its parties and kind, a piece of
 * evidence by its fact id: not by finding ids, which change with their grounds. A first brief numbers what it shows
 * in the order it shows it; a brief made {@code --since} an earlier one keeps each number the earlier brief gave
 * (kept in its findings.json under {@code labels}) and gives what is new the numbers after the earlier highest, so a
 * number never changes its meaning; a number whose judgment or fact is gone is not given again.
 */
public record Numbering(Map<String, Integer> risks, Map<String, Integer> dependencies, Map<String, Integer> evidence) {

    public static final Numbering NONE = new Numbering(Map.of(), Map.of(), Map.of());

    public Numbering {
        risks = Map.copyOf(risks);
        dependencies = Map.copyOf(dependencies);
        evidence = Map.copyOf(evidence);
    }

    /** A judgment's key: its type and parties, as findings.json and {@code diff --since} match judgments. */
    public static String key(RiskJudgment r) {
        return r.type() + " (" + (r.subject() == null ? "-" : r.subject()) + " → "
                + (r.object() == null ? "-" : r.object()) + ")";
    }

    public static String key(Dependency d) {
        return d.dependent() + " -> " + d.provider() + " (" + d.kind().name().toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * The numbers a brief of {@code input} gives what it shows, whatever its language: computed once per run, for
     * findings.json and every language's brief.
     */
    public static Numbering of(BriefInput input) {
        return BriefContext.numbering(input);
    }

    /** Numbers for what a brief shows, in the order shown, continuing {@code earlier}. */
    static Numbering of(List<RiskJudgment> risks, List<Dependency> dependencies, List<Fact> evidence,
                        Numbering earlier) {
        return new Numbering(assign(risks.stream().map(Numbering::key).toList(), earlier.risks),
                assign(dependencies.stream().map(Numbering::key).toList(), earlier.dependencies),
                assign(evidence.stream().map(Fact::id).toList(), earlier.evidence));
    }

    /**
     * Each key its earlier number, the others the next free ones in order; the earlier keys not shown now keep theirs. A key shown twice (two judgments of one
     * type and parties) is numbered once per showing: the second as {@code key#2}.
     */
    private static Map<String, Integer> assign(List<String> keys, Map<String, Integer> earlier) {
        // The earlier numbers of what is no longer shown are kept too: passed on, they are never given again.
        Map<String, Integer> numbers = new LinkedHashMap<>(earlier);
        int next = earlier.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<String, Integer> seen = new HashMap<>();
        for (String key : keys) {
            int n = seen.merge(key, 1, Integer::sum);
            String shown = n == 1 ? key : key + "#" + n;
            Integer kept = earlier.get(shown);
            numbers.put(shown, kept != null ? kept : next++);
        }
        return numbers;
    }

    /** The keys in the order of a list shown, as {@link #assign} numbered them. */
    static List<String> keys(List<String> plain) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String key : plain) {
            int n = seen.merge(key, 1, Integer::sum);
            keys.add(n == 1 ? key : key + "#" + n);
        }
        return keys;
    }

    /** As findings.json keeps it under {@code labels}: each kind's keys and numbers, in number order. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("risks", sorted(risks));
        json.put("dependencies", sorted(dependencies));
        json.put("evidence", sorted(evidence));
        return json;
    }

    private static Map<String, Integer> sorted(Map<String, Integer> numbers) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        numbers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The numbering an earlier brief's findings.json kept; none if it kept none (a brief older than labels). */
    public static Numbering fromJson(JsonNode labels) {
        return new Numbering(numbers(labels.path("risks")), numbers(labels.path("dependencies")),
                numbers(labels.path("evidence")));
    }

    private static Map<String, Integer> numbers(JsonNode node) {
        Map<String, Integer> numbers = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().canConvertToInt() && e.getValue().asInt() > 0) {
                numbers.put(e.getKey(), e.getValue().asInt());
            }
        });
        return numbers;
    }
}
