package org.mizan.hinge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.RuleBase;

/**
 * A rule copied under another name that derives nothing (an analyst trying a variant) makes Drools fail inside its
 * agenda when a warm session re-fires after a retraction. The analysis still completes, and since the copy derives
 * nothing, it finds exactly the hinges of the rules without it.
 */
class EngineFailureSensitivityTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @TempDir
    Path rulesWithCopy;

    @Test
    void a_copied_rule_that_derives_nothing_changes_no_hinge() throws IOException {
        try (Stream<Path> files = Files.list(PROJECT.resolve("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rulesWithCopy.resolve(f.getFileName()));
            }
        }
        Files.writeString(rulesWithCopy.resolve("copy.drl"), """
                package org.mizan.rules;

                import org.mizan.dossier.*;
                import java.util.List;

                rule "Coalition relies on its ground partner (trial copy)"
                when
                    $partner : Relation(kind.isA(RelationKind.GROUND_PARTNER), $force : subject, $coalition : object)
                    $support : Support(provider == $coalition, recipient == $force, type.isA(SupportType.ARMS_AND_TRAINING))
                    accumulate($threat : Threat(status.isA(ThreatStatus.REMNANTS) || status.isA(ThreatStatus.RESURGENT));
                               $threats : collectList($threat); $threats.size() >= 1)
                then
                end
                """);
        Dossier article = DossierLoader.load(PROJECT.resolve("facts"));
        try (RuleBase plain = RuleBase.compile(PROJECT.resolve("rules"));
             RuleBase withCopy = RuleBase.compile(rulesWithCopy)) {
            Sensitivity expected = SensitivityAnalysis.run(plain, article);
            Sensitivity actual = SensitivityAnalysis.run(withCopy, article);
            assertFalse(expected.facts().isEmpty());
            assertEquals(expected.facts(), actual.facts());
            assertEquals(expected.rules(), actual.rules());
        }
    }
}
