package org.mizan.scenario;

import java.nio.file.Path;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.RuleBase;

/** The project's own dossier and rules, loaded once for the tests that need real data. */
final class Article {

    static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
    static final Dossier DOSSIER = DossierLoader.load(PROJECT.resolve("facts"));
    private static RuleBase rules;

    private Article() {
    }

    /** Compiled once: a rule base takes seconds to build and is read-only once built. */
    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.compile(PROJECT.resolve("rules"));
        }
        return rules;
    }

    static Path scenario(String name) {
        return PROJECT.resolve("facts/scenarios/" + name + ".json");
    }
}
