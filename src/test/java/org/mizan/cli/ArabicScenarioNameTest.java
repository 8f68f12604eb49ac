package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst may name a scenario file in Arabic: it is listed, generated into its own folder, diffed and checked. */
class ArabicScenarioNameTest {

    private static final String NAME = "انسحاب-التحالف";

    @TempDir
    Path work;

    @Test
    void anArabicNamedScenarioRunsLikeAnyOther() throws IOException {
        CliRun.copyInputs(work);
        Path scenarios = work.resolve("facts/scenarios");
        Files.copy(scenarios.resolve("coalition-drawdown.json"), scenarios.resolve(NAME + ".json"));
        Path out = work.resolve("out");

        CliRun generate = CliRun.of(prepend("generate", CliRun.inputArgs(work, "--out", out.toString(), "--format", "json",
                "--scenario", NAME)));
        assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
        JsonNode findings = new ObjectMapper().readTree(out.resolve(NAME).resolve("findings.json").toFile());
        assertEquals(NAME, findings.get("scenario").asText());

        CliRun diff = CliRun.of(prepend("diff", CliRun.inputArgs(work, NAME)));
        assertEquals(ExitCode.OK, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("plan-coalition-drawdown added"), diff.out());

        CliRun wrong = CliRun.of(prepend("diff", CliRun.inputArgs(work, "انسحاب")));
        assertTrue(wrong.err().contains(", sdf-integrated, " + NAME + ", or baseline)"), "listed: " + wrong.err());
    }

    private static String[] prepend(String command, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
