package org.mizan.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Element;
import org.mizan.dossier.Fact;
import org.mizan.dossier.FactReader;
import org.mizan.problem.NearNames;
import org.mizan.problem.SourceLocation;

/**
 * Reads a scenario's edits to the baseline: ids to remove, facts to add, fields to change. Ids must exist in the
 * baseline (or, for additions, must not). What a scenario adds or changes is the analyst's hypothesis, not the
 * source's word: its evidence is marked {@code analyst_hypothesis}, and an added fact cites the scenario itself
 * unless it names a source.
 */
final class EditReader {

    private static final String IDS_HINT = "; ids are listed by ./mizan ids";
    private static final int UNJUDGED_CREDIBILITY = 6;

    private final String sourceId;
    private final FactReader reader;
    private final Map<String, Fact> facts;
    /** Where each added or changed fact is written in the scenario, for the validator's messages and origins. */
    private final Map<String, Element> written = new LinkedHashMap<>();
    private final Map<String, SourceLocation> removedAt = new LinkedHashMap<>();

    EditReader(String sourceId, Dossier baseline, FactReader reader) {
        this.sourceId = sourceId;
        this.reader = reader;
        this.facts = baseline.factsById();
    }

    Map<String, Element> written() {
        return written;
    }

    /** Where each removed id is named, so a reference it leaves dangling can point back at its removal. */
    Map<String, SourceLocation> removedAt() {
        return removedAt;
    }

    List<String> remove(LocatedJson node) {
        List<String> ids = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(node, "remove", reader)) {
            String id = item.value().asText();
            if (known(item, id, "remove")) {
                ids.add(id);
                removedAt.put(id, item.at());
            }
        }
        return ids;
    }

    List<Fact> add(List<ScenarioParts.Added> items, List<String> removed) {
        List<Fact> added = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScenarioParts.Added item : items) {
            Element element = asAddedHypothesis(item.element());
            reader.bind(element, item.type().recordType(), item.type().label())
                    .filter(fact -> newId(element, fact, removed, ids))
                    .ifPresent(fact -> {
                        added.add(fact);
                        written.put(fact.id(), element);
                    });
        }
        return added;
    }

    private boolean newId(Element element, Fact fact, List<String> removed, Set<String> ids) {
        if (fact.id() == null) {
            reader.problem(element.start(), "missing field \"id\" in an added " + FactKind.nameOf(fact));
            return false;
        }
        if (facts.containsKey(fact.id()) && !removed.contains(fact.id())) {
            reader.problem(element.at("/id"), "fact \"" + fact.id() + "\" in \"add\" is already in the dossier; "
                    + "use \"change\" to alter its fields");
            return false;
        }
        if (!ids.add(fact.id())) {
            reader.problem(element.at("/id"), "fact \"" + fact.id() + "\" is added twice");
            return false;
        }
        return true;
    }

    /** An added fact's element, its evidence the analyst's hypothesis citing the scenario unless it says otherwise. */
    private Element asAddedHypothesis(Element element) {
        return marked(element, sourceId);
    }

    /** A change's {@code set} element, with the changed fact's evidence marked as the analyst's hypothesis. */
    private Element asChangedHypothesis(Element element) {
        return marked(element, null);
    }

    private Element marked(Element element, String defaultSource) {
        if (!element.node().isObject()) {
            return element;
        }
        ObjectNode node = element.node().deepCopy();
        JsonEvidence.markHypothesis(node, defaultSource, UNJUDGED_CREDIBILITY, reader, element);
        return new Element(node, element.start(), element.places());
    }

    List<FieldChange> change(LocatedJson node, Element changes, List<String> removed) {
        List<FieldChange> result = new ArrayList<>();
        List<LocatedJson> items = ScenarioLoader.items(node, "change", reader);
        for (int i = 0; i < items.size(); i++) {
            LocatedJson item = items.get(i);
            LocatedJson id = item.get("id");
            LocatedJson set = item.get("set");
            if (!item.isObject() || id == null || set == null || !set.isObject() || item.fields().size() != 2) {
                reader.problem(item.at(), "a change is { \"id\": \"fact-id\", \"set\": { \"field\": value, … } }");
            } else if (known(id, id.value().asText(), "change")) {
                if (removed.contains(id.value().asText())) {
                    reader.problem(id.at(), "fact \"" + id.value().asText() + "\" is both removed and changed");
                } else {
                    result.addAll(fields(facts.get(id.value().asText()), set,
                            LocatedJson.slice(changes, "/" + i + "/set")));
                }
            }
        }
        return result;
    }

    private List<FieldChange> fields(Fact original, LocatedJson set, Element setElement) {
        List<String> allowed = RecordFields.names(original.getClass().asSubclass(Record.class)).stream()
                .filter(n -> !n.equals("id")).toList();
        String what = FactKind.nameOf(original) + " \"" + original.id() + "\"";
        boolean bad = false;
        for (var field : set.fields().entrySet()) {
            if (!allowed.contains(field.getKey())) {
                bad = true;
                reader.problem(field.getValue().keyAt(), "unknown field \"" + field.getKey() + "\" for " + what
                        + " in \"change\"" + NearNames.hint(field.getKey(), allowed) + " (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
        Element marked = asChangedHypothesis(setElement);
        List<FieldChange> changes = new ArrayList<>();
        if (!bad) {
            reader.change(original, marked).ifPresent(changed -> {
                written.put(original.id(), marked);
                marked.node().fieldNames().forEachRemaining(f ->
                        changes.add(new FieldChange(original.id(), f, RecordFields.get((Record) changed, f))));
            });
        }
        return changes;
    }

    private boolean known(LocatedJson at, String id, String where) {
        if (at.value().isTextual() && facts.containsKey(id)) {
            return true;
        }
        String hint = NearNames.hint(id, facts.keySet());
        reader.problem(at.at(), "unknown fact \"" + id + "\" in \"" + where + "\""
                + (hint.isEmpty() ? "" : hint.substring(0, hint.length() - 1)) + IDS_HINT);
        return false;
    }
}
