package org.mizan.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.mizan.dossier.Actor;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierJson;
import org.mizan.dossier.Element;
import org.mizan.dossier.Fact;
import org.mizan.dossier.FactReader;
import org.mizan.dossier.Text;
import org.mizan.inference.RuleBase;
import org.mizan.problem.NearNames;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Reads a scenario file (facts/scenarios/NAME.json) against the baseline it changes and the rules that exist,
 * with the dossier's own fact reader, so added facts are read and checked exactly as fact files are. Every problem
 * is collected with file, line and column and thrown together as one {@link InputException}; the changed dossier
 * must still pass the dossier's validation.
 */
public final class ScenarioLoader {

    static final List<String> KEYS =
            List.of("baseline", "title", "description", "remove", "add", "change", "switchOff", "expect");

    private final FactReader reader;

    private ScenarioLoader(String file, Dossier baseline) {
        this.reader = new FactReader(file, baseline.vocabulary());
    }

    /** Loads without checking the risk types that expectations name. */
    public static Scenario load(Path path, Dossier baseline, Set<String> ruleNames) {
        return load(path, baseline, ruleNames, Set.of());
    }

    /** Loads, and reports expectations naming a risk type that is not among {@code riskTypes} (if not empty). */
    public static Scenario load(Path path, Dossier baseline, Set<String> ruleNames, Set<String> riskTypes) {
        return load(path, baseline, ruleNames, Set.of(), riskTypes);
    }

    /**
     * Loads against a rule base: a scenario may switch off the rules a what-if can switch off alone
     * ({@link RuleBase#switchableRules()}); naming a row of the rating table is reported as such, not as unknown.
     */
    public static Scenario load(Path path, Dossier baseline, RuleBase rules) {
        return load(path, baseline, rules.switchableRules(), rules.ratingRows(), rules.riskTypes());
    }

    private static Scenario load(Path path, Dossier baseline, Set<String> ruleNames, Set<String> fixedRules,
                                 Set<String> riskTypes) {
        String file = DisplayPaths.of(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.at(file, 0, 0, "cannot read the scenario (UTF-8 JSON): " + e.getMessage()));
        }
        return new ScenarioLoader(file, baseline).read(path, text, baseline, ruleNames, fixedRules, riskTypes);
    }

    /**
     * The scenario files of a folder ({@code facts/scenarios}), by name; none when the folder does not exist. A device
     * or named pipe named like one is refused (reading it would never end).
     */
    public static List<Path> files(Path scenariosDir) {
        if (!Files.isDirectory(scenariosDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scenariosDir)) {
            List<Path> named = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            List<Problem> special = named.stream()
                    .flatMap(f -> FileRefusal.special(f, "a scenario file").stream()).toList();
            if (!special.isEmpty()) {
                throw new InputException(special);
            }
            return named.stream().filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, scenariosDir));
        }
    }

    /** The scenario's name: its file name without {@code .json}. */
    public static String nameOf(Path path) {
        return path.getFileName().toString().replaceFirst("\\.json$", "");
    }

    private Scenario read(Path path, String text, Dossier baseline, Set<String> ruleNames, Set<String> fixedRules,
                          Set<String> riskTypes) {
        ScenarioParts parts = parse(path);
        String name = nameOf(path);
        checkKeys(parts);
        String baselineId = baseline(parts, baseline);
        Text title = text(parts, "title");
        Text description = text(parts, "description");
        EditReader edits = new EditReader(Scenario.sourceIdOf(name), baseline, reader);
        List<String> remove = edits.remove(located(parts, "remove"));
        var add = edits.add(parts.added(), remove);
        var change = edits.change(located(parts, "change"), parts.values().get("change"), remove);
        Set<String> switchOff = switchOff(located(parts, "switchOff"), ruleNames, fixedRules);
        var expect = new ExpectationReader(reader, riskTypes, actorIds(baseline, remove, add)).read(located(parts, "expect"));
        failOnProblems();
        Map<String, SourceLocation> origins = new LinkedHashMap<>();
        edits.written().forEach((id, element) -> origins.put(id, element.start()));
        Scenario scenario = new Scenario(name, reader.file(), baselineId, title, description, remove, add, change,
                switchOff, expect, origins, Scenario.sha256(text));
        new ScenarioCheck(scenario, edits.written(), edits.removedAt()).validate(baseline);
        return scenario;
    }

    private static Set<String> actorIds(Dossier baseline, List<String> removed, List<Fact> added) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.concat(baseline.facts(Actor.class).stream(), added.stream().filter(Actor.class::isInstance))
                .map(Fact::id).filter(id -> !removed.contains(id)).forEach(ids::add);
        return ids;
    }

    private ScenarioParts parse(Path path) {
        try (JsonParser parser = DossierJson.parser(path)) {
            var parts = ScenarioParts.read(parser, reader);
            if (parts.isPresent()) {
                return parts.get();
            }
        } catch (JsonProcessingException e) {
            reader.syntaxProblem(e);
        } catch (IOException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), "cannot read the scenario (UTF-8 JSON): " + e.getMessage());
        }
        failOnProblems();
        throw new IllegalStateException("a failed parse always leaves a problem");
    }

    private void checkKeys(ScenarioParts parts) {
        parts.keys().forEach((key, at) -> {
            if (!KEYS.contains(key)) {
                reader.problem(at, "unknown field \"" + key + "\" in a scenario" + NearNames.hint(key, KEYS)
                        + " (allowed: " + String.join(", ", KEYS) + ")");
            }
        });
    }

    private String baseline(ScenarioParts parts, Dossier baseline) {
        LocatedJson node = located(parts, "baseline");
        if (node == null || !node.value().isTextual()) {
            reader.problem(node == null ? parts.start() : node.at(),
                    "a scenario needs \"baseline\": \"" + baseline.id() + "\", the id of the dossier it changes");
            return null;
        }
        String id = node.value().asText();
        if (!id.equals(baseline.id())) {
            reader.problem(node.at(), "scenario is written for baseline \"" + id + "\" but the dossier is \""
                    + baseline.id() + "\"");
        }
        return id;
    }

    private Text text(ScenarioParts parts, String key) {
        Element element = parts.values().get(key);
        Text text = element == null ? null : reader.bind(element, Text.class, "\"" + key + "\"").orElse(null);
        if (element == null || text != null && (blank(text.en()) || blank(text.ar()))) {
            reader.problem(element == null ? parts.start() : element.start(),
                    "a scenario needs a \"" + key + "\" in both languages: { \"en\": \"…\", \"ar\": \"…\" }");
        }
        return text;
    }

    private Set<String> switchOff(LocatedJson node, Set<String> ruleNames, Set<String> fixedRules) {
        Set<String> rules = new LinkedHashSet<>();
        for (LocatedJson item : items(node, "switchOff", reader)) {
            String rule = item.value().asText();
            if (item.value().isTextual() && ruleNames.contains(rule)) {
                rules.add(rule);
                continue;
            }
            if (fixedRules.contains(rule)) {
                reader.problem(item.at(), "rule \"" + rule + "\" in \"switchOff\" is a row of the rating table, which"
                        + " cannot be switched off alone (every risk in its cell needs a rating): switch off the rule"
                        + " that derives the risk, or edit the row");
                continue;
            }
            String hint = NearNames.hint(rule, ruleNames);
            reader.problem(item.at(), "unknown rule \"" + rule + "\" in \"switchOff\"" + (hint.isEmpty()
                    ? " (rules: " + String.join(", ", ruleNames.stream().sorted().toList()) + ")" : hint));
        }
        return rules;
    }

    /** The items of a list field; a missing field is an empty list, anything but a list is a problem. */
    static List<LocatedJson> items(LocatedJson node, String key, FactReader reader) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            reader.problem(node.at(), "\"" + key + "\" must be a list [ … ]");
            return List.of();
        }
        return node.items();
    }

    private static LocatedJson located(ScenarioParts parts, String key) {
        Element element = parts.values().get(key);
        return element == null ? null : LocatedJson.of(element);
    }

    /** Problems in file order, as an editor walks them, whichever check found them first. */
    private void failOnProblems() {
        if (!reader.problems().isEmpty()) {
            throw new InputException(reader.problems().stream()
                    .sorted(Comparator.comparingInt((Problem p) -> p.where().line())
                            .thenComparingInt(p -> p.where().column()))
                    .toList());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
