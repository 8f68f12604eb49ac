package org.mizan.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Text;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Reads a scenario file (facts/scenarios/NAME.json) against the baseline it changes and the rules that exist.
 * Every problem is collected with file, line and column and thrown together as one {@link InputException}.
 */
public final class ScenarioLoader {

    static final List<String> KEYS =
            List.of("baseline", "title", "description", "remove", "add", "change", "switchOff", "expect");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SourceLocation> origins = new LinkedHashMap<>();

    private ScenarioLoader(String file) {
        this.file = file;
    }

    public static Scenario load(Path path, Dossier baseline, Set<String> ruleNames) {
        String file = DisplayPaths.of(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.at(file, 0, 0, "cannot read the scenario: " + e.getMessage()));
        }
        return new ScenarioLoader(file).read(nameOf(path), text, baseline, ruleNames);
    }

    /** The scenario's name: its file name without {@code .json}. */
    public static String nameOf(Path path) {
        return path.getFileName().toString().replaceFirst("\\.json$", "");
    }

    private Scenario read(String name, String text, Dossier baseline, Set<String> ruleNames) {
        LocatedJson root = LocatedJson.parse(text, file);
        if (!root.isObject()) {
            throw new InputException(new Problem(root.at(), "a scenario must be an object { … }"));
        }
        checkKeys(root);
        String baselineId = baseline(root, baseline);
        Text title = text(root, "title");
        Text description = text(root, "description");
        EditReader edits = new EditReader(name, baseline, problems, origins);
        List<String> remove = edits.remove(root.get("remove"));
        var add = edits.add(root.get("add"), remove);
        var change = edits.change(root.get("change"), remove);
        Set<String> switchOff = switchOff(root.get("switchOff"), ruleNames);
        var expect = new ExpectationReader(problems).read(root.get("expect"));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Scenario(name, file, baselineId, title, description, remove, add, change, switchOff, expect,
                origins, Scenario.sha256(text));
    }

    private void checkKeys(LocatedJson root) {
        root.fields().forEach((key, field) -> {
            if (!KEYS.contains(key)) {
                problems.add(new Problem(field.keyAt(), "unknown field \"" + key + "\" in a scenario"
                        + NearNames.hint(key, KEYS) + " (allowed: " + String.join(", ", KEYS) + ")"));
            }
        });
    }

    private String baseline(LocatedJson root, Dossier baseline) {
        LocatedJson node = root.get("baseline");
        if (node == null || !node.value().isTextual()) {
            problems.add(new Problem(node == null ? root.at() : node.at(),
                    "a scenario needs \"baseline\": \"" + baseline.id() + "\", the id of the dossier it changes"));
            return null;
        }
        String id = node.value().asText();
        if (!id.equals(baseline.id())) {
            problems.add(new Problem(node.at(), "scenario is written for baseline \"" + id
                    + "\" but the dossier is \"" + baseline.id() + "\""));
        }
        return id;
    }

    private Text text(LocatedJson root, String key) {
        LocatedJson node = root.get(key);
        Text text = node == null ? null : new RecordReader(problems).read(node, Text.class, "\"" + key + "\"");
        if (node == null || (text != null && (blank(text.en()) || blank(text.ar())))) {
            problems.add(new Problem(node == null ? root.at() : node.at(),
                    "a scenario needs a \"" + key + "\" in both languages: { \"en\": \"…\", \"ar\": \"…\" }"));
        }
        return text;
    }

    private Set<String> switchOff(LocatedJson node, Set<String> ruleNames) {
        Set<String> rules = new LinkedHashSet<>();
        for (LocatedJson item : items(node, "switchOff")) {
            String rule = item.value().asText();
            if (!item.value().isTextual() || !ruleNames.contains(rule)) {
                problems.add(new Problem(item.at(), "unknown rule \"" + rule + "\" in \"switchOff\""
                        + NearNames.hint(rule, ruleNames) + " (rules: " + String.join(", ", ruleNames.stream().sorted().toList()) + ")"));
            } else {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** The items of a list field; a missing field is an empty list, anything but a list is a problem. */
    static List<LocatedJson> items(LocatedJson node, String key, List<Problem> problems) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new Problem(node.at(), "\"" + key + "\" must be a list [ … ]"));
            return List.of();
        }
        return node.items();
    }

    private List<LocatedJson> items(LocatedJson node, String key) {
        return items(node, key, problems);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
