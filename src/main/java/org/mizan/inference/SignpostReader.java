package org.mizan.inference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.mizan.dossier.Concept;
import org.mizan.dossier.Text;
import org.mizan.problem.NearNames;

/**
 * Reads the machine side of one indicator of rules/risks.json: {@code "shows"} (the fact pattern) with
 * {@code "moves"} (steps, -3 to 3, not 0), or {@code "watched": true}; and a type's {@code "settledBy"}, the fact
 * pattern of the event the judgment forecasts. Each mistake is one message naming the indicator, for the catalogue
 * to report at its entry.
 */
final class SignpostReader {

    static final List<String> FIELDS = List.of("en", "ar", "shows", "moves", "watched");
    private static final List<String> PARTIES = List.of("subject", "object");
    private static final int MAX_STEPS = 3;

    private SignpostReader() {
    }

    /**
     * The signpost of {@code item} (the {@code n}-th indicator, from 1) worded {@code text}; mistakes to {@code wrong}.
     */
    static Signpost read(JsonNode item, int n, Text text, List<String> wrong) {
        String at = "indicator " + n + " (\"" + shortened(text.en()) + "\")";
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                wrong.add(at + " has an unknown field \"" + name + "\"" + NearNames.hint(name, FIELDS)
                        + " (allowed: " + String.join(", ", FIELDS) + ")");
                return new Signpost(text, null, 0, false);
            }
        }
        boolean watched = item.path("watched").asBoolean(false);
        JsonNode shows = item.get("shows");
        if (watched == (shows != null)) {
            wrong.add(at + " must either name the fact that would show it (\"shows\": {\"event\": \"fight\", "
                    + "\"actors\": [\"subject\", \"object\"]}, with \"moves\": 1) or be "
                    + "marked \"watched\": true (no fact of a dossier can show it)");
            return new Signpost(text, null, 0, false);
        }
        if (watched) {
            if (item.has("moves")) {
                wrong.add(at + " is watched only, so it moves nothing: drop \"moves\"");
            }
            return new Signpost(text, null, 0, false);
        }
        int steps = item.path("moves").asInt(0);
        if (!item.path("moves").isInt() || steps == 0 || Math.abs(steps) > MAX_STEPS) {
            wrong.add(at + " needs \"moves\": the steps it moves the judgment by (1 to " + MAX_STEPS
                    + " up, -1 to -" + MAX_STEPS + " down)");
        }
        return new Signpost(text, pattern(shows, at, wrong), steps, false);
    }

    /**
     * The type's {@code "settledBy"}: the fact that reports the forecast event itself, which settles the judgment
     * rather than moving it. Null when the type declares none.
     */
    static Signpost settledBy(JsonNode node, List<String> wrong) {
        JsonNode shows = node.get("settledBy");
        if (shows == null) {
            return null;
        }
        Signpost.Pattern pattern = pattern(shows, "\"settledBy\"", wrong);
        return pattern == null ? null : new Signpost(null, pattern, 0, true);
    }

    private static Signpost.Pattern pattern(JsonNode shows, String at, List<String> wrong) {
        if (!shows.isObject()) {
            wrong.add(at + ": \"shows\" must be an object such as {\"event\": \"fight\", \"actors\": [\"subject\", "
                    + "\"object\"]}");
            return null;
        }
        Signpost.Shape shape = null;
        for (Signpost.Shape s : Signpost.Shape.values()) {
            if (shows.has(s.key())) {
                if (shape != null) {
                    wrong.add(at + ": \"shows\" names both \"" + shape.key() + "\" and \"" + s.key()
                            + "\"; a signpost names one kind of fact");
                    return null;
                }
                shape = s;
            }
        }
        if (shape == null) {
            wrong.add(at + ": \"shows\" names no kind of fact (one of " + shapes() + ")");
            return null;
        }
        JsonNode named = shows.path(shape.key());
        if (named.isArray() && named.isEmpty()) {
            wrong.add(at + ": \"" + shape.key() + "\" names no kind");
            return null;
        }
        List<Concept> kinds = new ArrayList<>();
        boolean known = true;
        for (JsonNode k : named.isArray() ? named : List.of(named)) {
            Concept kind = kind(shape, k.asText(""), at, wrong);
            known &= kind != null || shape == Signpost.Shape.DEADLINE;
            if (kind != null) {
                kinds.add(kind);
            }
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = shows.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(shape.key())) {
                continue;
            }
            if (!shape.roles().contains(field.getKey())) {
                wrong.add(at + ": a " + shape.key() + " has no field \"" + field.getKey() + "\" to bind"
                        + NearNames.hint(field.getKey(), shape.roles()) + " (its fields: "
                        + String.join(", ", shape.roles()) + ")");
                continue;
            }
            roles.put(field.getKey(), parties(field.getValue(), at, wrong));
        }
        if (roles.isEmpty()) {
            wrong.add(at + ": \"shows\" binds none of the judgment's parties: say which field of the " + shape.key()
                    + " holds the \"subject\" or the \"object\" (" + String.join(", ", shape.roles()) + ")");
        }
        return known ? new Signpost.Pattern(shape, kinds, roles) : null;
    }

    private static Concept kind(Signpost.Shape shape, String term, String at, List<String> wrong) {
        if (shape == Signpost.Shape.DEADLINE) {
            if (!term.equals("passed")) {
                wrong.add(at + ": a deadline signpost is \"deadline\": \"passed\", not \"" + term + "\"");
            }
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (Concept c : shape.vocabulary().getEnumConstants()) {
            if (c.term().equals(term)) {
                return c;
            }
            terms.add(c.term());
        }
        wrong.add(at + ": unknown " + org.mizan.dossier.Vocabulary.scheme(shape.vocabulary()) + " \"" + term + "\""
                + NearNames.hint(term, terms) + " (a signpost names a shipped kind; narrower kinds match beneath it: "
                + String.join(", ", terms) + ")");
        return null;
    }

    private static List<String> parties(JsonNode value, String at, List<String> wrong) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> out.add(v.asText("")));
        } else {
            out.add(value.asText(""));
        }
        for (String p : out) {
            if (!PARTIES.contains(p)) {
                wrong.add(at + ": \"" + p + "\" is not a party of the judgment" + NearNames.hint(p, PARTIES)
                        + " (write \"subject\" or \"object\")");
            }
        }
        return List.copyOf(out);
    }

    private static String shapes() {
        List<String> keys = new ArrayList<>();
        for (Signpost.Shape s : Signpost.Shape.values()) {
            keys.add("\"" + s.key() + "\"");
        }
        return String.join(", ", keys);
    }

    private static String shortened(String en) {
        return en.length() <= 40 ? en : en.substring(0, 37) + "...";
    }
}
