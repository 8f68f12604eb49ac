package org.mizan.inference;

/** ICD 203 expressions of likelihood, with their probability ranges in percent. */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance", 1, 5),
    VERY_UNLIKELY("very unlikely", 5, 20),
    UNLIKELY("unlikely", 20, 45),
    ROUGHLY_EVEN_CHANCE("roughly even chance", 45, 55),
    LIKELY("likely", 55, 80),
    VERY_LIKELY("very likely", 80, 95),
    ALMOST_CERTAIN("almost certain", 95, 99);

    private final String term;
    private final int lowPercent;
    private final int highPercent;

    Likelihood(String term, int lowPercent, int highPercent) {
        this.term = term;
        this.lowPercent = lowPercent;
        this.highPercent = highPercent;
    }

    /** The ICD 203 term in English, as written in findings.json. */
    public String term() {
        return term;
    }

    public int lowPercent() {
        return lowPercent;
    }

    public int highPercent() {
        return highPercent;
    }

    /** {@code steps} up (positive) or down (negative) the scale, held at its ends. */
    public Likelihood shifted(int steps) {
        Likelihood[] all = values();
        return all[Math.max(0, Math.min(all.length - 1, ordinal() + steps))];
    }
}
