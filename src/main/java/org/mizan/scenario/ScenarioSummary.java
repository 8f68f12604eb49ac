package org.mizan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Names;
import org.mizan.dossier.Text;

/**
 * What a scenario changes, as bilingual lines for the first page of its brief: facts removed, added and changed
 * (field, old value, new value), and rules switched off. The evidence of a changed fact is left out: that it is
 * now the analyst's hypothesis is said once, on every changed line. Arabic says "from X to Y" in words: an arrow
 * between two Latin values would point the wrong way once the line is set right to left.
 */
public final class ScenarioSummary {

    private ScenarioSummary() {
    }

    public static List<Text> lines(Scenario scenario, Dossier baseline) {
        List<Text> lines = new ArrayList<>();
        for (String id : scenario.remove()) {
            Text name = Names.of(baseline, id);
            lines.add(new Text("Removed: " + name.en() + " (" + id + ")", "حُذف: " + name.ar() + " (" + id + ")"));
        }
        for (Fact fact : scenario.add()) {
            Text name = Names.of(fact).orElse(new Text(fact.id(), fact.id()));
            lines.add(new Text("Added, as an analyst's hypothesis: " + name.en() + " (" + fact.id() + ")",
                    "أُضيف بوصفه فرضية للمحلل: " + name.ar() + " (" + fact.id() + ")"));
        }
        byFact(scenario.change()).forEach((id, changes) -> lines.add(changed(id, changes, baseline)));
        scenario.switchOff().stream().sorted().forEach(rule ->
                lines.add(new Text("Rule switched off: " + rule, "أُوقفت القاعدة: " + rule)));
        return lines;
    }

    private static Map<String, List<FieldChange>> byFact(List<FieldChange> changes) {
        // The evidence (one item or a list) is the hypothesis marking, said once in the line's opening words.
        return changes.stream().filter(c -> !(c.value() instanceof Evidence) && !c.field().equals("evidence"))
                .collect(Collectors.groupingBy(FieldChange::factId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Text changed(String id, List<FieldChange> changes, Dossier baseline) {
        Record before = (Record) baseline.fact(id).orElseThrow();
        Text name = Names.of(baseline, id);
        String en = changes.stream().map(c -> c.field() + " " + show(RecordFields.get(before, c.field()), Language.EN)
                + " → " + show(c.value(), Language.EN)).collect(Collectors.joining("; "));
        String ar = changes.stream().map(c -> c.field() + " من " + show(RecordFields.get(before, c.field()), Language.AR)
                + " إلى " + show(c.value(), Language.AR)).collect(Collectors.joining("؛ "));
        return new Text("Changed, as an analyst's hypothesis: " + name.en() + " (" + id + "): " + en,
                "عُدّل بوصفه فرضية للمحلل: " + name.ar() + " (" + id + "): " + ar);
    }

    private static String show(Object value, Language language) {
        if (value instanceof Text t) {
            return t.in(language);
        }
        if (value instanceof Enum<?> e) {
            return Enums.word(e);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> show(v, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
