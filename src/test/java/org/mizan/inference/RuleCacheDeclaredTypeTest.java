package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mizan.inference.TestFacts.dossier;
import static org.mizan.inference.TestFacts.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.SupportType;

/**
 * A rule file that declares its own type (as a runaway-rule test does) compiles from the cache's second run on
 * too: the cache cannot restore the generated class, so those rules are compiled instead of failing as an
 * internal error ("Unable to resolve class").
 */
class RuleCacheDeclaredTypeTest {

    @TempDir
    Path dir;

    @Test
    void rulesDeclaringATypeAreCompiledAgainWhenTheCacheCannotRestoreThem() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        RuleVerifier.copySupportFiles(rules);
        Files.writeString(rules.resolve("counting.drl"), "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\n"
                + "declare Counted\n    id : String\nend\n\nrule \"Counts supports\"\nwhen\n    $s : Support()\nthen\n"
                + "    insert(new Counted($s.id()));\nend\n");
        RuleCache cache = new RuleCache(dir.resolve("cache"), "build-1");
        var facts = dossier(List.of(support("s", "a", "b", SupportType.FUNDING)));
        for (int run = 1; run <= 2; run++) {
            try (RuleBase base = RuleBase.compile(rules, Optional.of(cache));
                 Session session = Session.open(base, Set.of())) {
                session.insertAll(facts.facts());
                session.fire();
                assertEquals(Set.of("Counts supports"), session.rulesFired(), "run " + run);
            }
        }
    }
}
