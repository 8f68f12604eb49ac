package org.mizan.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum values as the files write them: lower snake case. */
public final class Enums {

    private Enums() {
    }

    /** "none" for a grade a judgment does not have (a vulnerability's likelihood). */
    public static String word(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> word((Enum<?>) e)).toList();
    }

    public static Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String word) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (word(e).equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
