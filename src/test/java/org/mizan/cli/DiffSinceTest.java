package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --since PATH}: what moved since an earlier brief, judged from its findings.json and this run, each
 * judgment with the facts that moved it.
 */
class DiffSinceTest {

    private static Path earlierBrief(Path dir) {
        CliRun run = CliRun.of(args("generate", dir, "--format", "json", "--out", dir.resolve("brief-1").toString()));
        assertEquals(0, run.exitCode(), run.err());
        return dir.resolve("brief-1");
    }

    @Test
    void aFactDroppedSinceTheEarlierBriefRaisesTheJudgmentItLoweredAndIsNamed(@TempDir Path dir)
            throws IOException {
        CliRun.copyInputs(dir);
        Path earlier = earlierBrief(dir);
        Path plans = dir.resolve("facts/plans.json");
        // The joint operations rooms lowered the terrorist-return contingency by a step; the news says they are gone.
        String text = Files.readString(plans);
        int id = text.indexOf("\"id\": \"plan-joint-operations-rooms\"");
        int start = text.lastIndexOf('{', id);
        int end = text.indexOf("\n    }", id) + "\n    }".length();
        String rest = text.substring(end).stripLeading();
        Files.writeString(plans, text.substring(0, start) + (rest.startsWith(",") ? rest.substring(1) : rest),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of(args("diff", dir, "--since", earlier.toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Since the brief with information up to 2025-11-11:\n"), run.out());
        assertTrue(run.out().contains("RAISED   terrorist-return ("), run.out());
        assertTrue(run.out().contains("no longer rests on \"plan-joint-operations-rooms\", no longer in the dossier"),
                run.out());
        assertTrue(run.out().contains("adjustment gone: joint-operations-rooms (-1)"), run.out());
        assertTrue(run.out().endsWith("1 raised, 0 lowered, 0 new, 0 settled, 0 retired, 0 regraded\n"), run.out());
    }

    @Test
    void nearMissNothingChangedSinceTheEarlierBrief(@TempDir Path dir) {
        CliRun.copyInputs(dir);
        Path earlier = earlierBrief(dir);

        CliRun run = CliRun.of(args("diff", dir, "--since", earlier.resolve("findings.json").toString()));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no judgment moved\n"), run.out());
    }

    @Test
    void aPathWithoutAnEarlierBriefIsAUsageMistake(@TempDir Path dir) {
        CliRun run = CliRun.of("diff", "--since", dir.resolve("nothing").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no findings.json at "), run.err());
    }

    private static String[] args(String command, Path dir, String... more) {
        String[] inputs = CliRun.inputArgs(dir, more);
        String[] all = new String[inputs.length + 1];
        all[0] = command;
        System.arraycopy(inputs, 0, all, 1, inputs.length);
        return all;
    }
}
