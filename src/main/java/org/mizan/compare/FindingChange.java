package org.mizan.compare;

import java.util.List;

import org.mizan.inference.Finding;

/**
 * One finding that appeared, disappeared or changed grade between two runs. {@code from} is null for an
 * appearance, {@code to} for a disappearance.
 */
public record FindingChange(FindingKey key, Kind kind, Finding from, Finding to, List<GradeChange> grades,
                            List<Reason> reasons) {

    public enum Kind {
        APPEARED("+"), DISAPPEARED("-"), REGRADED("~");

        private final String mark;

        Kind(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    public FindingChange {
        grades = List.copyOf(grades);
        reasons = List.copyOf(reasons);
    }

    /** The finding as it stands after the change, or as it stood before it disappeared. */
    public Finding finding() {
        return to != null ? to : from;
    }
}
