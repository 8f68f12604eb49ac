package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default dossier's thesis names the integration-friction judgment. A what-if that takes away what that judgment
 * rests on (the scenario in which the SDF is integrated) still briefs, with the machine's bottom line: the analyst's thesis speaks of the
 * dossier's own judgments, and an error at it would stop validate for a scenario the analyst did not write it for.
 */
class ThesisUnderScenariosTest {

    @TempDir
    Path out;

    @Test
    void validateAcceptsTheDefaultDossierWithItsScenarios() {
        CliRun run = CliRun.of("validate", "--facts", CliRun.projectDir().resolve("facts").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aScenarioThatRemovesTheThesisJudgmentStillBriefs() {
        CliRun run = CliRun.of("generate", "--facts", CliRun.projectDir().resolve("facts").toString(),
                "--scenario", "sdf-integrated", "--format", "docx", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }
}
