package org.mizan.scenario;

import org.mizan.inference.RiskJudgment;

/** A lower or upper bound on one grade of a risk, e.g. rating at least high. */
public record Bound(Grade grade, Side side, Enum<?> value) {

    public enum Side {
        MIN("min", "at least"), MAX("max", "at most");

        private final String prefix;
        private final String phrase;

        Side(String prefix, String phrase) {
            this.prefix = prefix;
            this.phrase = phrase;
        }

        public String prefix() {
            return prefix;
        }

        public String phrase() {
            return phrase;
        }
    }

    public boolean admits(RiskJudgment risk) {
        Enum<?> grade = this.grade.of(risk);
        if (grade == null) {
            // A vulnerability has no likelihood: no bound on one holds for it.
            return false;
        }
        int actual = grade.ordinal();
        return side == Side.MIN ? actual >= value.ordinal() : actual <= value.ordinal();
    }

    /** {@code rating at least high}. */
    public String describe() {
        return grade.word() + " " + side.phrase() + " " + Enums.word(value);
    }
}
