package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mizan sensitivity` on the article's dossier: ranked tables, or JSON, in seconds. */
class SensitivityCommandTest {

    private static String[] projectArgs(String... more) {
        return CliRun.inputArgs(CliRun.projectDir(), more);
    }

    private static String[] sensitivity(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "sensitivity";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Test
    void ranksTheGroundPartnershipFirstAndSaysHowLongItTook() {
        CliRun run = CliRun.of(sensitivity(projectArgs()));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("rank  fact"), lines.get(0));
        assertTrue(lines.get(1).contains("relation-sdf-ground-partner-of-coalition"), lines.get(1));
        assertTrue(lines.get(1).contains("C2"), "the fact's Admiralty grade: " + lines.get(1));
        assertTrue(run.out().contains("rank  rule"), run.out());
        assertTrue(run.out().matches("(?s).*\\d+ facts and \\d+ rules taken away one at a time in \\d+ ms\\s*"),
                run.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsJsonWithEachFactsWeightGradeAndLostRisks() throws Exception {
        CliRun run = CliRun.of(sensitivity(projectArgs("--json")));
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Map<String, Object> json = new ObjectMapper().readValue(run.out(), Map.class);
        List<Map<String, Object>> facts = (List<Map<String, Object>>) json.get("facts");
        Map<String, Object> first = facts.get(0);
        assertEquals("relation-sdf-ground-partner-of-coalition", first.get("fact"));
        assertEquals("C2", first.get("grade"));
        assertTrue(((List<String>) first.get("risksLost")).size() >= 2, first.toString());
    }

    @Test
    void jsonIsTheSameBytesEachRunAndTimingsOnlyWhenAsked() throws Exception {
        CliRun once = CliRun.of(sensitivity(projectArgs("--json")));
        CliRun again = CliRun.of(sensitivity(projectArgs("--json")));
        assertEquals(ExitCode.OK, once.exitCode(), once.err());
        assertEquals(once.out(), again.out());
        assertTrue(!once.out().contains("millis"), once.out());
        CliRun timed = CliRun.of(sensitivity(projectArgs("--json", "--timings")));
        Map<?, ?> json = new ObjectMapper().readValue(timed.out(), Map.class);
        long millis = ((Number) json.get("millis")).longValue();
        assertTrue(millis < 10_000, "warm re-firing, not a rebuild per fact: " + millis + " ms");
    }

    @Test
    void badHypothesesAreReportedLikeBadFacts(@TempDir Path dir) throws Exception {
        CliRun.copyInputs(dir);
        Path file = dir.resolve("facts/hypotheses.json");
        Files.writeString(file, Files.readString(file).replace("\"trend\": \"drawdown\"", "\"trend\": \"retreat\""));
        CliRun run = CliRun.of(sensitivity(CliRun.inputArgs(dir)));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().matches("(?s).*hypotheses\\.json:\\d+:\\d+: error: invalid trend \"retreat\".*"),
                run.err());
    }
}
