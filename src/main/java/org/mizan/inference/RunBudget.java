package org.mizan.inference;

import java.time.Duration;

/**
 * How much one run of the rules (a firing until nothing is left to fire) may take before it is stopped and the
 * rule responsible reported: wall-clock time, and objects in working memory (facts plus what the rules inserted).
 * The defaults leave room for a thousand-fold dossier (about 3 s and 57,000 objects, docs/benchmarks.md) and stop
 * a runaway rule well within half a minute. The README's "Limits" section documents both and how to change them.
 */
public record RunBudget(Duration time, long objects) {

    /** Seconds, a decimal number: {@code -Dmizan.inference.seconds=60}. */
    public static final String TIME_PROPERTY = "mizan.inference.seconds";
    /** Objects in working memory: {@code -Dmizan.inference.facts=5000000}. */
    public static final String OBJECTS_PROPERTY = "mizan.inference.facts";

    public static final RunBudget DEFAULT = new RunBudget(Duration.ofSeconds(15), 1_000_000);

    public RunBudget {
        if (time.isNegative() || time.isZero() || objects <= 0) {
            throw new IllegalArgumentException("a run budget must be positive: " + time + ", " + objects);
        }
    }

    /** The defaults, each overridden by its system property when set. */
    public static RunBudget configured() {
        String seconds = System.getProperty(TIME_PROPERTY);
        String objects = System.getProperty(OBJECTS_PROPERTY);
        return new RunBudget(seconds == null ? DEFAULT.time : Duration.ofMillis(positive(TIME_PROPERTY,
                seconds, 1000)), objects == null ? DEFAULT.objects : positive(OBJECTS_PROPERTY, objects, 1));
    }

    private static long positive(String property, String value, int scale) {
        try {
            double number = Double.parseDouble(value.trim()) * scale;
            if (number >= 1 && number < Long.MAX_VALUE) {
                return (long) number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the property's name
        }
        throw new IllegalArgumentException("-D" + property + "=" + value + " is not a positive number");
    }

    String describeTime() {
        long millis = time.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
