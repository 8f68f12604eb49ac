package org.mizan.dossier;

import java.util.ArrayList;
import java.util.List;

import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/** Collects the problems of one validation run, placing each at the record part it is about. */
final class Report {

    private final Locator locator;
    private final String fallbackFile;
    private final List<Problem> problems = new ArrayList<>();

    Report(Locator locator, String fallbackFile) {
        this.locator = locator;
        this.fallbackFile = fallbackFile;
    }

    void add(Object record, String pointer, String message) {
        problems.add(new Problem(where(record, pointer), message));
    }

    SourceLocation where(Object record, String pointer) {
        return locator.locate(record, pointer).orElse(SourceLocation.ofFile(fallbackFile));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** How a message names a fact or source: {@code base "base-kobani"}. */
    static String name(Object record) {
        if (record instanceof Fact fact) {
            return FactType.of(fact).label() + " \"" + fact.id() + "\"";
        }
        return record instanceof Source s ? "source \"" + s.id() + "\"" : "dossier header";
    }
}
