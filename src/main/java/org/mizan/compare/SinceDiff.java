package org.mizan.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Text;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Strength;

/**
 * What the news changed since an earlier brief, read from that brief's findings.json and this run's: each judgment
 * raised, lowered, new, retired or regraded (rating or confidence), with the facts that moved it. Judgments are
 * matched by what they judge — their type and parties — not by id, so a judgment whose grounds grew is the same
 * judgment. Only findings.json is needed of the earlier brief: what it rested on is in its {@code because} lists,
 * and a fact it cited that is now overtaken is named with the fact that overtook it.
 */
public record SinceDiff(String since, List<Change> changes) {

    public enum Kind {
        RAISED, LOWERED, NEW, SETTLED, RETIRED, REGRADED
    }

    /**
     * One judgment that moved, with how ({@code from} → {@code to}) and why: {@code reasons} in words for the
     * command line, {@code facts} the ids of the facts that moved it (its new grounds, or the facts that overtook
     * its old ones), for a brief to cite. {@code judgment} is its key, type and parties, as {@link #key} gives it;
     * {@code before} and {@code after} the judgment as the earlier and this findings.json give it (null where it
     * was not, or is no longer, judged).
     */
    public record Change(Kind kind, String judgment, Text title, String from, String to, List<String> reasons,
                         List<String> facts, JsonNode before, JsonNode after) {

        public Change {
            reasons = List.copyOf(reasons);
            facts = List.copyOf(facts);
        }
    }

    public SinceDiff {
        changes = List.copyOf(changes);
    }

    /** The earlier brief's information cut-off, or empty when it had no judgment to date it by. */
    public Optional<java.time.LocalDate> date() {
        try {
            return since.isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(since));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static SinceDiff between(JsonNode before, JsonNode now, Dossier dossier) {
        Map<String, JsonNode> old = byKey(before);
        Map<String, JsonNode> current = byKey(now);
        Set<String> citedBefore = cited(before);
        List<Change> changes = new ArrayList<>();
        current.forEach((key, judgment) -> {
            JsonNode earlier = old.get(key);
            if (earlier == null) {
                List<String> fresh = ids(judgment.path("because")).stream().filter(id -> !citedBefore.contains(id))
                        .toList();
                changes.add(new Change(Kind.NEW, key, title(judgment), "", grade(judgment),
                        fresh.stream().map(id -> "rests on " + describe(id, dossier)).toList(), facts(fresh, dossier),
                        null, judgment));
            } else {
                moved(key, earlier, judgment, dossier).ifPresent(changes::add);
            }
        });
        old.forEach((key, judgment) -> {
            if (!current.containsKey(key)) {
                List<String> gone = ids(judgment.path("because")).stream().filter(id -> dossier.supersededBy(id)
                        .isPresent() || dossier.fact(id).isEmpty()).toList();
                changes.add(new Change(Kind.RETIRED, key, title(judgment), grade(judgment), "",
                        gone.stream().map(id -> "rested on " + gone(id, dossier)).toList(), facts(gone, dossier),
                        judgment, null));
            }
        });
        changes.sort(java.util.Comparator.comparing(Change::kind).thenComparing(Change::judgment));
        return new SinceDiff(cutOff(before), changes);
    }

    private static Optional<Change> moved(String key, JsonNode before, JsonNode now, Dossier dossier) {
        int step = level(now) - level(before);
        boolean regraded = !before.path("rating").asText().equals(now.path("rating").asText())
                || !before.path("confidence").asText().equals(now.path("confidence").asText());
        // Settled: the event the judgment forecast is now reported (an observed signpost that settles it).
        boolean settled = now.path("settled").asBoolean(false) && !before.path("settled").asBoolean(false);
        if (step == 0 && !regraded && !settled) {
            return Optional.empty();
        }
        Kind kind = settled ? Kind.SETTLED : step > 0 ? Kind.RAISED : step < 0 ? Kind.LOWERED : Kind.REGRADED;
        List<String> reasons = new ArrayList<>();
        Set<String> added = new TreeSet<>(ids(now.path("because")));
        added.removeAll(ids(before.path("because")));
        Set<String> removed = new TreeSet<>(ids(before.path("because")));
        removed.removeAll(ids(now.path("because")));
        added.forEach(id -> reasons.add("now rests on " + describe(id, dossier)));
        removed.forEach(id -> reasons.add("no longer rests on " + gone(id, dossier)));
        adjustments(now).stream().filter(a -> !adjustments(before).contains(a))
                .forEach(a -> reasons.add("adjusted: " + a));
        adjustments(before).stream().filter(a -> !adjustments(now).contains(a))
                .forEach(a -> reasons.add("adjustment gone: " + a));
        List<String> moved = new ArrayList<>(added);
        moved.addAll(removed);
        // The signposts seen since: each names the facts that show it, which moved the judgment.
        Set<String> seenBefore = new TreeSet<>();
        before.path("observed").forEach(o -> seenBefore.addAll(ids(o.path("facts"))));
        now.path("observed").forEach(o -> {
            List<String> facts = ids(o.path("facts")).stream().filter(id -> !seenBefore.contains(id)).toList();
            if (!facts.isEmpty()) {
                reasons.add("observed: " + o.path("indicator").path("en").asText() + " — " + String.join(", ",
                        facts.stream().map(id -> describe(id, dossier)).toList()));
                facts.stream().filter(id -> !moved.contains(id)).forEach(moved::add);
            }
        });
        return Optional.of(new Change(kind, key, title(now), grade(before), grade(now), reasons,
                facts(moved, dossier), before, now));
    }

    /**
     * The facts of the dossier behind these ids, as a brief can cite them: a fact still held is itself; one
     * overtaken is the fact that overtook it; one no longer in the dossier is left out (nothing to cite).
     */
    private static List<String> facts(java.util.Collection<String> ids, Dossier dossier) {
        Set<String> facts = new LinkedHashSet<>();
        for (String id : ids) {
            Optional<Fact> newer = dossier.supersededBy(id);
            if (newer.isPresent()) {
                facts.add(newer.get().id());
            } else if (dossier.fact(id).isPresent()) {
                facts.add(id);
            }
        }
        return List.copyOf(facts);
    }

    /** What makes a judgment of a findings.json the same judgment in another: its type and parties. */
    public static String key(JsonNode judgment) {
        return judgment.path("type").asText() + " (" + judgment.path("subject").asText("-") + " → "
                + judgment.path("object").asText("-") + ")";
    }

    /** The judgments of a findings.json (risks, contingencies, conditions) by type and parties. */
    private static Map<String, JsonNode> byKey(JsonNode findings) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        findings.path("risks").forEach(r -> byKey.putIfAbsent(key(r), r));
        return byKey;
    }

    /** Every fact id a finding of the earlier brief rested on. */
    private static Set<String> cited(JsonNode findings) {
        Set<String> ids = new LinkedHashSet<>();
        findings.path("risks").forEach(r -> ids.addAll(ids(r.path("because"))));
        findings.path("dependencies").forEach(d -> ids.addAll(ids(d.path("because"))));
        return ids;
    }

    /** A likelihood's place on the ICD 203 scale, or a condition's strength: what "raised" means for each kind. */
    private static int level(JsonNode judgment) {
        if (judgment.has("likelihood")) {
            String term = judgment.path("likelihood").asText();
            for (Likelihood l : Likelihood.values()) {
                if (l.term().equals(term)) {
                    return l.ordinal();
                }
            }
        }
        String strength = judgment.path("strength").asText("");
        for (Strength s : Strength.values()) {
            if (s.name().equalsIgnoreCase(strength)) {
                return s.ordinal();
            }
        }
        return -1;
    }

    private static String grade(JsonNode j) {
        String level = j.has("likelihood") ? j.path("likelihood").asText() : j.path("strength").asText();
        return level + ", " + j.path("rating").asText() + ", confidence " + j.path("confidence").asText();
    }

    private static Text title(JsonNode j) {
        return new Text(j.path("title").path("en").asText(), j.path("title").path("ar").asText());
    }

    private static List<String> adjustments(JsonNode j) {
        List<String> all = new ArrayList<>();
        j.path("likelihoodBasis").path("adjustments").forEach(a -> all.add(a.path("reason").asText() + " ("
                + (a.path("steps").asInt() > 0 ? "+" : "") + a.path("steps").asInt() + ")"));
        return all;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static String describe(String id, Dossier dossier) {
        return dossier.fact(id).map(f -> "\"" + id + "\"" + dated(f)).orElse("\"" + id + "\"");
    }

    private static String gone(String id, Dossier dossier) {
        if (dossier.fact(id).isEmpty()) {
            return "\"" + id + "\", no longer in the dossier";
        }
        return dossier.supersededBy(id).map(newer -> "\"" + id + "\", overtaken by " + describe(newer.id(), dossier))
                .orElse("\"" + id + "\"");
    }

    private static String dated(Fact fact) {
        return fact.evidence() == null ? "" : " (" + fact.evidence().source() + " ¶" + fact.evidence().paragraph()
                + ")";
    }

    /** The earlier brief's information cut-off, as its horizons give it; empty when it had no risk. */
    private static String cutOff(JsonNode findings) {
        for (JsonNode r : findings.path("risks")) {
            if (r.path("horizon").has("cutOff")) {
                return r.path("horizon").path("cutOff").asText();
            }
        }
        return "";
    }

    public String text() {
        StringBuilder out = new StringBuilder("Since the brief with information up to "
                + (since.isEmpty() ? "an unknown date" : since) + ":\n");
        if (changes.isEmpty()) {
            out.append("no judgment moved\n");
        }
        for (Change c : changes) {
            out.append(String.format(java.util.Locale.ROOT, "%-9s%s: %s%n", c.kind(), c.judgment(), c.title().en()));
            out.append("         ").append(c.from().isEmpty() ? "" : c.from()).append(c.from().isEmpty()
                    || c.to().isEmpty() ? "" : " → ").append(c.to()).append('\n');
            c.reasons().forEach(r -> out.append("         ").append(r).append('\n'));
        }
        Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
        changes.forEach(c -> counts.merge(c.kind(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        for (Kind k : Kind.values()) {
            parts.add(counts.getOrDefault(k, 0L) + " " + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        out.append(String.join(", ", parts)).append('\n');
        return out.toString();
    }
}
