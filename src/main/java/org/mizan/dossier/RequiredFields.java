package org.mizan.dossier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which record components a fact file may leave out, and a check that the others are there. Jackson leaves absent
 * fields null (or 0), so this is where "missing" is decided. Optional, because the article often does not say:
 * <ul>
 *   <li>{@code Actor.partOf}, {@code Actor.description}; {@code Resource.controller}, {@code Resource.protector};
 *   <li>{@code Base.approxPosition}, {@code Resource.approxPosition} (the sources name places, not coordinates);
 *   <li>{@code Claim.by} (a claim may be unattributed); {@code Source.author} (newsroom items may be unsigned);
 *   {@code Source.vantage} (said where known);
 *   <li>the detail texts {@code Support.detail}, {@code Relation.detail}, {@code Goal.detail};
 *   <li>the lists {@code Agreement.sponsors}, {@code Agreement.topics}, {@code SanctionsMeasure.conditionalOn};
 *   <li>{@code Agreement.status} and {@code .deadline}; {@code SanctionsMeasure.by}, {@code .target}, {@code .deadline};
 *   <li>{@code Evidence.label}, {@code Evidence.undated} and {@code Evidence.gradeReason}.
 * </ul>
 * Every other text must be non-blank (a {@link Text} in both languages) and every other list non-empty.
 * Whole numbers are range-checked elsewhere, where "0" can be read as "missing".
 */
final class RequiredFields {

    private static final Map<Class<?>, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry(Actor.class, Set.of("partOf", "description", "shortName")),
            Map.entry(Resource.class, Set.of("controller", "protector", "approxPosition")),
            Map.entry(Base.class, Set.of("approxPosition")),
            Map.entry(Claim.class, Set.of("by")),
            Map.entry(Source.class, Set.of("author", "derivedFrom", "vantage")),
            Map.entry(Support.class, Set.of("detail")),
            Map.entry(Relation.class, Set.of("detail")),
            Map.entry(Goal.class, Set.of("detail")),
            Map.entry(Agreement.class, Set.of("sponsors", "topics", "status", "deadline")),
            Map.entry(SanctionsMeasure.class, Set.of("conditionalOn", "by", "target", "deadline")),
            Map.entry(Evidence.class, Set.of("label", "undated", "gradeReason")),
            Map.entry(DossierHeader.class, Set.of("currency", "currencyAsOf", "reader", "thesis", "soWhat")),
            Map.entry(UpdateHeader.class, Set.of("currency", "currencyAsOf", "title", "thesis")));

    /** Optional in every fact: what it overtakes; and an event's order after others and inferred date. */
    private static final Set<String> OPTIONAL_EVERYWHERE = Set.of("supersedes", "after", "dateInferred");

    /** A required part that is absent or empty, by JSON pointer; {@code present} if it is there but empty. */
    record Gap(String pointer, boolean present) {
    }

    private RequiredFields() {
    }

    static boolean isOptional(Class<?> type, String component) {
        return OPTIONAL.getOrDefault(type, Set.of()).contains(component) || OPTIONAL_EVERYWHERE.contains(component);
    }

    static List<Gap> gaps(Record record) {
        List<Gap> gaps = new ArrayList<>();
        collect(record, "", gaps);
        return gaps;
    }

    private static void collect(Record record, String prefix, List<Gap> gaps) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = valueOf(c, record);
            String pointer = prefix + "/" + Binder.jsonName(c);
            if (value == null && !isOptional(record.getClass(), c.getName())) {
                gaps.add(new Gap(pointer, false));
            } else if (value instanceof String s && s.isBlank()
                    || value instanceof List<?> l && l.isEmpty() && !isOptional(record.getClass(), c.getName())) {
                gaps.add(new Gap(pointer, true));
            } else if (value instanceof Record nested && !(value instanceof Term<?>)) {
                collect(nested, pointer, gaps);
            } else if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Record nested) {
                        collect(nested, pointer + "/" + i, gaps);
                    }
                }
            }
        }
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
