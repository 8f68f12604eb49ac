package org.mizan.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names closest to a mistyped one, for "did you mean" hints in error messages. */
public final class NearNames {

    private static final int MAX_SUGGESTIONS = 3;
    private static final int MIN_CONTAINED = 4;

    private NearNames() {
    }

    /** Up to three known names within a third of the name's length in edits, or containing it (four letters or more); closest first. */
    public static List<String> of(String name, Collection<String> known) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return known.stream()
                .filter(k -> isNear(wanted, k.toLowerCase(Locale.ROOT), limit))
                .sorted(Comparator.comparingInt((String k) -> distance(wanted, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** {@code ; did you mean "a" or "b"?}, or nothing when no name is near. */
    public static String hint(String name, Collection<String> known) {
        List<String> near = of(name, known);
        if (near.isEmpty()) {
            return "";
        }
        return "; did you mean " + String.join(" or ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?";
    }

    private static boolean isNear(String wanted, String known, int limit) {
        return contains(known, wanted) || contains(wanted, known) || distance(wanted, known) <= limit;
    }

    /** A name inside another is a hint only when it is not a few letters any word may hold ("bse" in "observation"). */
    private static boolean contains(String longer, String shorter) {
        return shorter.length() >= MIN_CONTAINED && longer.contains(shorter);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
