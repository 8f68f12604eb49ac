package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if from the command line: scenario briefs, diff, explain and the analysts' own checks. */
class ScenarioCommandsTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void aScenarioBriefGoesToItsOwnFolderWithAManifest() throws IOException {
        Path out = work.resolve("out");
        CliRun run = run("generate", "--scenario", "coalition-drawdown", "--out", out.toString(), "--format", "json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode findings = new ObjectMapper().readTree(out.resolve("coalition-drawdown/findings.json").toFile());
        assertEquals("coalition-drawdown", findings.get("scenario").asText());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("coalition-drawdown/manifest.json").toFile());
        assertTrue(manifest.get("scenario").asText().endsWith("coalition-drawdown.json"));
        assertTrue(manifest.get("outputs").has("findings.json"));
        assertTrue(manifest.get("inputs").size() > 10, "every input file is listed with its checksum");
        assertTrue(run.out().contains("against the baseline"), run.out());
    }

    @Test
    void diffNamesTheFindingsThatMovedAndTheFactsThatMovedThem() {
        CliRun run = run("diff", "coalition-drawdown");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("plan-coalition-drawdown added"), run.out());
        // The planned drawdown turns the contingency into a risk by the horizon: one goes, the other comes.
        assertTrue(run.out().contains("- risk drawdown-unpaid-force"), run.out());
        assertTrue(run.out().contains("+ risk unpaid-force-after-drawdown"), run.out());
    }

    @Test
    void explainWalksAFindingDownToItsExcerpts() {
        CliRun run = run("explain", "support-funding");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("تمويل سنوي بمئات الملايين"), "the cited Arabic excerpt:\n" + run.out());
        assertTrue(run.out().contains("Recipient paid by its provider"), "a rule resting on the fact");
    }

    @Test
    void explainAsJsonIsATree() throws IOException {
        CliRun run = run("explain", "support-funding", "--json");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode tree = new ObjectMapper().readTree(run.out());
        assertEquals("support-funding", tree.get("id").asText());
        assertTrue(tree.get("children").size() > 0);
    }

    @Test
    void explainOfAnUnknownIdIsAUsageError() {
        CliRun run = run("explain", "no-such-thing");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("no-such-thing"), run.err());
    }

    @Test
    void anUnknownScenarioNamesTheKnownOnes() {
        CliRun run = run("diff", "no-such-scenario");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("coalition-drawdown"), run.err());
    }

    @Test
    void checkPassesOnTheShippedScenarios() {
        CliRun run = run("check");
        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().strip().matches("(?s).*\\d+ passed, 0 failed"), run.out());
    }

    @Test
    void checkFailsAndSaysWhyWhenAnExpectationDoesNotHold() throws IOException {
        Path file = work.resolve("facts/scenarios/coalition-drawdown.json");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("{\"absent\": \"open-ended-presence\"}",
                "{\"present\": \"open-ended-presence\"}"));
        CliRun run = run("check");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains("coalition-drawdown: "), run.out());
        assertTrue(run.out().strip().endsWith("1 failed"), run.out());
    }

    private CliRun run(String command, String... more) {
        return CliRun.of(GenerateCommandTest.prepend(command, CliRun.inputArgs(work, more)));
    }
}
