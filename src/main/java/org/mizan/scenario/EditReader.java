package org.mizan.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Attribution;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Reads a scenario's edits to the baseline: ids to remove, facts to add, fields to change. Ids must exist in the
 * baseline (or, for additions, must not); added facts are analyst hypotheses citing the scenario itself.
 */
final class EditReader {

    private static final String IDS_HINT = "; ids are listed by ./mizan validate";
    private static final int UNJUDGED_CREDIBILITY = 6;

    private final String scenarioName;
    private final Dossier baseline;
    private final List<Problem> problems;
    private final Map<String, SourceLocation> origins;
    private final Map<String, Fact> facts;

    EditReader(String scenarioName, Dossier baseline, List<Problem> problems, Map<String, SourceLocation> origins) {
        this.scenarioName = scenarioName;
        this.baseline = baseline;
        this.problems = problems;
        this.origins = origins;
        this.facts = baseline.factsById();
    }

    List<String> remove(LocatedJson node) {
        List<String> ids = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(node, "remove", problems)) {
            String id = item.value().asText();
            if (known(item, id, "remove")) {
                ids.add(id);
                origins.put(id, item.at());
            }
        }
        return ids;
    }

    List<Fact> add(LocatedJson node, List<String> removed) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            problems.add(new Problem(node.at(), "\"add\" must be an object of fact lists, e.g. { \"claims\": [ … ] }"));
            return List.of();
        }
        List<Fact> added = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        node.fields().forEach((key, field) -> FactKind.ofKey(key).ifPresentOrElse(
                kind -> added.addAll(addAll(kind, field.value(), removed, ids)),
                () -> problems.add(new Problem(field.keyAt(), "unknown fact list \"" + key + "\" in \"add\""
                        + NearNames.hint(key, FactKind.keys()) + " (allowed: " + String.join(", ", FactKind.keys()) + ")"))));
        return added;
    }

    private List<Fact> addAll(FactKind kind, LocatedJson list, List<String> removed, Set<String> ids) {
        List<Fact> added = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(list, kind.key(), problems)) {
            Fact fact = new RecordReader(problems).read(item, kind.type().asSubclass(Record.class),
                    "a fact in \"" + kind.key() + "\"") instanceof Fact f ? f : null;
            if (fact != null && newId(item, fact, removed, ids)) {
                Fact hypothesis = asHypothesis(item, fact);
                if (hypothesis != null) {
                    added.add(hypothesis);
                    origins.put(fact.id(), item.at());
                }
            }
        }
        return added;
    }

    private boolean newId(LocatedJson item, Fact fact, List<String> removed, Set<String> ids) {
        if (fact.id() == null || fact.id().isBlank()) {
            return problem(item, "an added fact needs an \"id\"");
        }
        if (facts.containsKey(fact.id()) && !removed.contains(fact.id())) {
            return problem(item.get("id"), "fact \"" + fact.id() + "\" in \"add\" is already in the dossier; "
                    + "use \"change\" to alter its fields");
        }
        return ids.add(fact.id()) || problem(item.get("id"), "fact \"" + fact.id() + "\" is added twice");
    }

    /** The scenario vouches for what it adds: source defaults to the scenario, credibility to "cannot be judged". */
    private Fact asHypothesis(LocatedJson item, Fact fact) {
        Evidence e = fact.evidence();
        if (e == null) {
            problem(item, "an added fact needs \"evidence\": { \"excerpt\": \"why the analyst supposes it\", "
                    + "\"attribution\": \"analyst_hypothesis\" }");
            return null;
        }
        if (e.attribution() != null && e.attribution() != Attribution.ANALYST_HYPOTHESIS) {
            problem(item.get("evidence").get("attribution"), "a scenario's own facts are hypotheses: "
                    + "\"attribution\" must be \"analyst_hypothesis\" (facts from a source belong in the dossier)");
            return null;
        }
        Evidence own = new Evidence(e.source() == null ? "scenario-" + scenarioName : e.source(), e.paragraph(),
                e.excerpt(), e.credibility() == 0 ? UNJUDGED_CREDIBILITY : e.credibility(), Attribution.ANALYST_HYPOTHESIS);
        return (Fact) RecordFields.with((Record) fact, "evidence", own);
    }

    List<FieldChange> change(LocatedJson node, List<String> removed) {
        List<FieldChange> changes = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(node, "change", problems)) {
            LocatedJson id = item.get("id");
            LocatedJson set = item.get("set");
            if (!item.isObject() || id == null || set == null || !set.isObject() || item.fields().size() != 2) {
                problem(item, "a change is { \"id\": \"fact-id\", \"set\": { \"field\": value } }");
            } else if (known(id, id.value().asText(), "change")) {
                if (removed.contains(id.value().asText())) {
                    problem(id, "fact \"" + id.value().asText() + "\" is both removed and changed");
                } else {
                    changes.addAll(fields(facts.get(id.value().asText()), set));
                    origins.put(id.value().asText(), item.at());
                }
            }
        }
        return changes;
    }

    private List<FieldChange> fields(Fact fact, LocatedJson set) {
        List<FieldChange> changes = new ArrayList<>();
        List<String> allowed = RecordFields.names(fact.getClass().asSubclass(Record.class)).stream()
                .filter(n -> !n.equals("id")).toList();
        String what = FactKind.nameOf(fact) + " \"" + fact.id() + "\"";
        set.fields().forEach((field, value) -> {
            RecordComponent c = RecordFields.component(fact.getClass(), field).orElse(null);
            if (c == null || field.equals("id")) {
                problems.add(new Problem(value.keyAt(), "unknown field \"" + field + "\" for " + what
                        + " in \"change\"" + NearNames.hint(field, allowed) + " (allowed: " + String.join(", ", allowed) + ")"));
                return;
            }
            int before = problems.size();
            Object converted = new RecordReader(problems).value(value.value(), c.getGenericType(), field);
            if (problems.size() == before) {
                changes.add(new FieldChange(fact.id(), field, converted));
            }
        });
        return changes;
    }

    private boolean known(LocatedJson at, String id, String where) {
        if (at.value().isTextual() && facts.containsKey(id)) {
            return true;
        }
        return problem(at, "unknown fact \"" + id + "\" in \"" + where + "\"" + near(id) + IDS_HINT);
    }

    private String near(String id) {
        String hint = NearNames.hint(id, facts.keySet());
        return hint.isEmpty() ? "" : hint.substring(0, hint.length() - 1);
    }

    private boolean problem(LocatedJson at, String message) {
        problems.add(new Problem(at.at(), message));
        return false;
    }
}
