package org.mizan.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Text;
import org.mizan.scenario.RecordFields;

/** The facts that differ between two dossiers, in id order, with the fields that changed. */
public final class DossierDiff {

    private DossierDiff() {
    }

    public static List<FactChange> between(Dossier from, Dossier to) {
        Map<String, Fact> before = from.factsById();
        Map<String, Fact> after = to.factsById();
        List<FactChange> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Fact a = before.get(id);
            Fact b = after.get(id);
            if (b == null) {
                changes.add(new FactChange(id, FactChange.Kind.REMOVED, List.of()));
            } else if (a == null) {
                changes.add(new FactChange(id, FactChange.Kind.ADDED, List.of()));
            } else if (!a.equals(b)) {
                changes.add(new FactChange(id, FactChange.Kind.CHANGED, fields(a, b)));
            }
        }
        return changes;
    }

    private static List<FactChange.FieldDelta> fields(Fact a, Fact b) {
        if (a.getClass() != b.getClass()) {
            return List.of(new FactChange.FieldDelta("type", name(a), name(b)));
        }
        List<FactChange.FieldDelta> deltas = new ArrayList<>();
        fields("", (Record) a, (Record) b, deltas);
        return deltas;
    }

    /** Nested records (evidence) are compared field by field: "evidence.attribution" says more than two dumps. */
    private static void fields(String prefix, Record a, Record b, List<FactChange.FieldDelta> deltas) {
        for (String field : RecordFields.names(a.getClass())) {
            Object x = RecordFields.get(a, field);
            Object y = RecordFields.get(b, field);
            if (x instanceof Record rx && y instanceof Record ry && rx.getClass() == ry.getClass() && !(x instanceof Text)) {
                fields(prefix + field + ".", rx, ry, deltas);
            } else if (!Objects.equals(x, y)) {
                deltas.add(new FactChange.FieldDelta(prefix + field, show(x), show(y)));
            }
        }
    }

    /** Enum values as the files write them; other values as their records print. */
    static String show(Object value) {
        if (value instanceof Text t) {
            return "\"" + t.en() + "\"";
        }
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }

    private static String name(Fact f) {
        return f.getClass().getSimpleName();
    }
}
