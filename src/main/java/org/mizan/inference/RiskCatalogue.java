package org.mizan.inference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.mizan.dossier.Text;
import org.mizan.layer.LayerOverride;
import org.mizan.layer.Layers;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FieldLength;
import org.mizan.problem.JsonErrors;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;
import org.mizan.problem.TextCharacters;

/**
 * The words of every risk type (rules/risks.json), kept out of Java and out of the rules so that analysts and
 * translators edit them in one place. Read entry by entry to point each problem at its line.
 */
final class RiskCatalogue {

    static final String FILE_NAME = "risks.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final Map<String, RiskWording> entries;
    private final Map<String, SourceLocation> where;
    private final Reading reading;

    /** The fields a risk type may have; any other is a misspelling whose wording would silently go unused. */
    private static final List<String> FIELDS = List.of("kind", "category", "title", "summary", "indicators",
            "assumptions", "likelihood", "horizonMonths", "adjustments", "trigger", "settledBy");

    /**
     * What reading the files found beyond the entries: every risk type written, including those whose entry is
     * broken (and reported), and whether every file was read to its end (otherwise any risk type may stand in the
     * unread part). A rule naming such a type is not reported once more.
     */
    private static final class Reading {
        private final Set<String> written = new LinkedHashSet<>();
        private boolean whole = true;
    }

    private RiskCatalogue(Map<String, RiskWording> entries, Map<String, SourceLocation> where, Reading reading) {
        this.entries = Map.copyOf(entries);
        this.where = Map.copyOf(where);
        this.reading = reading;
    }

    /**
     * Whether a rule naming {@code type} names something the catalogue lacks, rather than something it could not
     * read: an entry that is broken, or a file that stopped being readable, is reported once, not once per rule.
     */
    boolean lacks(String type) {
        return reading.whole && !reading.written.contains(type);
    }

    /** False when a file could not be read to its end (reported): any risk type may stand in its unread part. */
    boolean whole() {
        return reading.whole;
    }

    /** Where the type's wording in force is written (the highest layer that words it), for messages about it. */
    Optional<SourceLocation> where(String type) {
        return Optional.ofNullable(where.get(type));
    }

    Optional<RiskWording> wording(String type) {
        return Optional.ofNullable(entries.get(type));
    }

    /** Every risk type, sorted. */
    java.util.SortedSet<String> types() {
        return new java.util.TreeSet<>(entries.keySet());
    }

    boolean has(String type) {
        return entries.containsKey(type);
    }

    /** Reads one catalogue, adding what is wrong with it to {@code problems}. */
    static RiskCatalogue read(Path file, List<Problem> problems) {
        Map<String, SourceLocation> where = new LinkedHashMap<>();
        Reading reading = new Reading();
        return new RiskCatalogue(readOne(file, problems, where, reading), where, reading);
    }

    /**
     * The catalogues of every rule layer merged, bottom first: a higher layer's entry replaces the type of the same
     * name (recorded in {@code overrides}) and adds new types. With none in any layer, the shipped one is missing.
     */
    static RiskCatalogue read(Layers layers, List<Problem> problems, List<LayerOverride> overrides) {
        List<Path> files = layers.each(FILE_NAME);
        if (files.isEmpty()) {
            return read(layers.bottom().dir().resolve(FILE_NAME), problems);
        }
        Map<String, RiskWording> merged = new LinkedHashMap<>();
        Map<String, SourceLocation> mergedWhere = new LinkedHashMap<>();
        Reading reading = new Reading();
        for (Path file : files) {
            Map<String, SourceLocation> where = new LinkedHashMap<>();
            readOne(file, problems, where, reading).forEach((type, wording) -> {
                SourceLocation below = mergedWhere.put(type, where.get(type));
                if (below != null) {
                    overrides.add(new LayerOverride("risk type \"" + type + "\"", where.get(type), below));
                }
                merged.put(type, wording);
            });
        }
        return new RiskCatalogue(merged, mergedWhere, reading);
    }

    private static Map<String, RiskWording> readOne(Path file, List<Problem> problems,
                                                    Map<String, SourceLocation> where, Reading reading) {
        String shown = DisplayPaths.of(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.at(shown, 0, 0, "missing risk catalogue " + FILE_NAME
                    + " (the wording of every risk type the rules name)"));
            reading.whole = false;
            return Map.of();
        }
        Map<String, RiskWording> entries = new LinkedHashMap<>();
        List<String> lines;
        try {
            // The wording ends up in the brief's paragraphs: a pasted megabyte is refused where it stands, as in a
            // fact file, before OpenPDF's line breaking spends minutes on it.
            String text = Files.readString(file, StandardCharsets.UTF_8);
            lines = text.lines().toList();
            List<Problem> notText = new ArrayList<>(FieldLength.inJson(shown, text));
            notText.addAll(TextCharacters.inJson(shown, text));
            if (!notText.isEmpty()) {
                problems.addAll(notText);
                reading.whole = false;
                return Map.of();
            }
        } catch (IOException e) {
            problems.add(Problem.at(shown, 0, 0, "cannot read: " + e.getMessage()));
            reading.whole = false;
            return Map.of();
        }
        boolean whole = false;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            whole = readEntries(p, shown, lines, entries, where, reading.written, problems);
        } catch (JsonProcessingException e) {
            problems.add(JsonErrors.problem(shown, e));
        } catch (IOException e) {
            problems.add(Problem.at(shown, 0, 0, "cannot read: " + e.getMessage()));
        }
        reading.whole &= whole;
        return entries;
    }

    /** Reads every entry; false when the file is not an object of them (reported). */
    private static boolean readEntries(JsonParser p, String shown, List<String> lines,
                                       Map<String, RiskWording> entries,
                                       Map<String, SourceLocation> where, Set<String> written,
                                       List<Problem> problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(at(p, shown, "the catalogue must be an object keyed by risk type"));
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String type = p.currentName();
            written.add(type);
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            JsonNode node = p.readValueAsTree();
            if (unknownField(node, type, shown, at, problems)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            RiskWording wording = wording(node, missing, wrong);
            String category = node.path("category").asText("");
            if (!category.isBlank() && RiskCategory.ofKey(category).isEmpty()) {
                problems.add(Problem.at(shown, at.getLineNr(), at.getColumnNr(), "risk type \"" + type
                        + "\" has category \"" + category + "\", which is not one of "
                        + String.join(", ", RiskCategory.keys()) + org.mizan.problem.NearNames.hint(category,
                        RiskCategory.keys()) + " (see rules/REFERENCE.md)"));
            } else if (!wrong.isEmpty()) {
                wrong.forEach(w -> problems.add(Problem.at(shown, at.getLineNr(), at.getColumnNr(),
                        "risk type \"" + type + "\", " + w)));
            } else if (missing.isEmpty()) {
                entries.put(type, wording.groundedAt(restsAt(lines, shown, at)));
                where.put(type, new SourceLocation(shown, at.getLineNr(), at.getColumnNr()));
            } else {
                problems.add(Problem.at(shown, at.getLineNr(), at.getColumnNr(),
                        "risk type \"" + type + "\" lacks " + String.join(", ", missing)));
            }
        }
        return true;
    }

    /** A field no risk type has ({@code "titel"}, {@code "colour"}): reported at the entry, which is then left out. */
    private static boolean unknownField(JsonNode node, String type, String shown, JsonLocation where,
                                        List<Problem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.at(shown, where.getLineNr(), where.getColumnNr(), "risk type \"" + type
                        + "\" has an unknown field \"" + name + "\"" + org.mizan.problem.NearNames.hint(name, FIELDS)
                        + " (allowed: " + String.join(", ", FIELDS) + ")"));
                return true;
            }
        }
        return false;
    }

    private static Problem at(JsonParser p, String shown, String message) {
        JsonLocation l = p.currentTokenLocation();
        return Problem.at(shown, l.getLineNr(), l.getColumnNr(), message);
    }

    private static RiskWording wording(JsonNode node, List<String> missing, List<String> wrong) {
        String category = node.path("category").asText("");
        if (category.isBlank()) {
            missing.add("\"category\"");
        }
        JudgmentKind kind = kind(node, missing);
        Likelihood defaultLikelihood = null;
        Text defaultWhy = null;
        RiskWording.Grounds grounds = null;
        if (kind != null && kind.hasLikelihood()) {
            JsonNode likelihood = node.path("likelihood");
            defaultLikelihood = likelihood(likelihood.path("default").asText(""));
            if (defaultLikelihood == null) {
                missing.add("\"likelihood\": {\"default\": an ICD 203 term such as \"likely\"}");
            }
            defaultWhy = text(likelihood, "why", missing);
            grounds = grounds(likelihood, missing);
        }
        Text trigger = null;
        String hypothesis = null;
        if (kind == JudgmentKind.CONTINGENCY) {
            trigger = text(node, "trigger", missing);
            hypothesis = node.path("trigger").path("hypothesis").asText(null);
        }
        int horizon = node.path("horizonMonths").asInt(RiskWording.DEFAULT_HORIZON_MONTHS);
        if (horizon <= 0) {
            missing.add("a positive \"horizonMonths\"");
        }
        Map<String, Text> adjustments = new LinkedHashMap<>();
        node.path("adjustments").fields().forEachRemaining(e -> {
            Text t = textOf(e.getValue());
            if (t == null) {
                missing.add("\"en\" and \"ar\" for adjustment \"" + e.getKey() + "\"");
            } else {
                adjustments.put(e.getKey(), t);
            }
        });
        return new RiskWording(category, text(node, "title", missing), text(node, "summary", missing),
                signposts(node, missing, wrong), texts(node, "assumptions", missing), kind, horizon,
                defaultLikelihood, defaultWhy, grounds, adjustments, trigger, hypothesis);
    }

    /**
     * The facts a likelihood's reason states: every reason is grounded (rules/README.md, "Reasons grounded in
     * facts"), and what it cannot ground is written as an assumption instead.
     */
    private static RiskWording.Grounds grounds(JsonNode likelihood, List<String> missing) {
        JsonNode rests = likelihood.path("rests");
        List<String> names = new ArrayList<>();
        rests.forEach(n -> names.add(n.asText("").strip()));
        if (!rests.isArray() || names.isEmpty() || names.contains("")) {
            missing.add("\"likelihood\": {\"rests\": [...]}, the facts its reason states: kinds of fact as the fact"
                    + " files list them (" + org.mizan.dossier.FactType.keys() + ") or fact ids; what the reason"
                    + " cannot ground goes under \"assumptions\"");
            return null;
        }
        return new RiskWording.Grounds(names, null);
    }

    /** Where {@code "rests"} is written in the entry that starts at {@code entryLine} (1-based), or the entry. */
    private static SourceLocation restsAt(List<String> lines, String shown, JsonLocation entry) {
        for (int i = Math.max(0, entry.getLineNr() - 1); i < lines.size(); i++) {
            int col = lines.get(i).indexOf("\"rests\"");
            if (col >= 0) {
                return new SourceLocation(shown, i + 1, col + 1);
            }
        }
        return new SourceLocation(shown, entry.getLineNr(), entry.getColumnNr());
    }

    private static JudgmentKind kind(JsonNode node, List<String> missing) {
        String kind = node.path("kind").asText("");
        for (JudgmentKind k : JudgmentKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        missing.add("\"kind\" (vulnerability, risk or contingency)");
        return null;
    }

    /** An ICD 203 term ("very likely") or an enum name ("very_likely"). */
    private static Likelihood likelihood(String term) {
        for (Likelihood l : Likelihood.values()) {
            if (l.term().equalsIgnoreCase(term) || l.name().equalsIgnoreCase(term)) {
                return l;
            }
        }
        return null;
    }

    private static Text text(JsonNode node, String field, List<String> missing) {
        Text t = textOf(node.path(field));
        if (t == null) {
            missing.add("\"" + field + "\" with \"en\" and \"ar\"");
        }
        return t;
    }

    private static List<Text> texts(JsonNode node, String field, List<String> missing) {
        JsonNode list = node.path(field);
        List<Text> out = new ArrayList<>();
        list.forEach(item -> out.add(textOf(item)));
        if (!list.isArray() || out.isEmpty() || out.contains(null)) {
            missing.add("\"" + field + "\" (a non-empty list of {\"en\", \"ar\"})");
            return List.of();
        }
        return out;
    }

    /** The indicators, each with its fact pattern and step or marked watched only (see {@link SignpostReader}). */
    private static List<Signpost> signposts(JsonNode node, List<String> missing, List<String> wrong) {
        List<Text> texts = texts(node, "indicators", missing);
        List<Signpost> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(SignpostReader.read(node.path("indicators").get(i), i + 1, texts.get(i), wrong));
        }
        Signpost settled = SignpostReader.settledBy(node, wrong);
        if (settled != null) {
            out.add(settled);
        }
        return out;
    }

    private static Text textOf(JsonNode node) {
        String en = node.path("en").asText("");
        String ar = node.path("ar").asText("");
        return en.isBlank() || ar.isBlank() ? null : new Text(en, ar);
    }
}
