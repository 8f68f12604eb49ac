package org.mizan.compare;

import java.util.List;

/** How one fact differs between two dossiers: removed, added, or changed in the listed fields. */
public record FactChange(String id, Kind kind, List<FieldDelta> fields) {

    public enum Kind {
        REMOVED, ADDED, CHANGED
    }

    /** One field's value before and after, as the files would write it. */
    public record FieldDelta(String field, String from, String to) {
    }

    public FactChange {
        fields = List.copyOf(fields);
    }

    /** {@code base-damascus: status under_negotiation → confirmed}. */
    public String describe() {
        return switch (kind) {
            case REMOVED -> id + " removed";
            case ADDED -> id + " added";
            case CHANGED -> id + ": " + String.join("; ", fields.stream()
                    .map(f -> f.field() + " " + f.from() + " → " + f.to()).toList());
        };
    }
}
