package org.mizan.dossier;

import java.util.Optional;

import org.mizan.problem.SourceLocation;

/**
 * Where a fact (or source) and its parts are written, so a check on an in-memory dossier can point at the line.
 * {@code pointer} is a JSON pointer into the record ({@code /evidence/source}); "" is the record itself.
 */
@FunctionalInterface
public interface Locator {

    Optional<SourceLocation> locate(Object record, String pointer);

    /** Knows only where each fact and source starts, by id, from {@link Dossier#origins()}. */
    static Locator ofOrigins(Dossier dossier) {
        return (record, pointer) -> Optional.ofNullable(idOf(record)).map(dossier.origins()::get);
    }

    default Locator orElse(Locator fallback) {
        return (record, pointer) -> locate(record, pointer).or(() -> fallback.locate(record, pointer));
    }

    private static String idOf(Object record) {
        if (record instanceof Fact fact) {
            return fact.id();
        }
        return record instanceof Source source ? source.id() : null;
    }
}
