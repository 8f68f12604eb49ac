package org.mizan.compare;

/** One graded aspect of a finding (rating, likelihood, impact, confidence, strength) before and after. */
public record GradeChange(String aspect, Enum<?> from, Enum<?> to) {

    public String describe() {
        return aspect + " " + Words.en(from) + " → " + Words.en(to);
    }
}
