package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine;

/** validate covers every file an analyst edits; check reports every expectation; hints name real commands. */
class AuthoringChecksTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void validateFailsOnAScenarioWithABrokenJsonSyntax() throws IOException {
        Path broken = Files.writeString(work.resolve("facts/scenarios/broken.json"),
                "{\n  \"title\": {\"en\": \"Broken\" \"ar\": \"معطوب\"},\n}\n");
        CliRun run = run("validate");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(DisplayPaths.of(broken) + ":2:"), run.err());
    }

    @Test
    void validateFailsOnAMisspeltExpectationType() throws IOException {
        Path file = work.resolve("facts/scenarios/sdf-integrated.json");
        Files.writeString(file, Files.readString(file).replace("{\"absent\": \"resource-revenue-dispute\"}",
                "{\"absent\": \"resource-revenue-dispte\"}"));
        CliRun run = run("validate");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(DisplayPaths.of(file) + ":30:6: error: unknown risk type \"resource-revenue-dispte\"; did you mean"
                + " \"resource-revenue-dispute\"? (risk types are defined in rules/risks.json and listed by ./mizan ids; for a"
                + " dependency write \"dependency\")", run.err().lines().findFirst().orElse(""));
    }

    @Test
    void aCategoryOutsideTheSetIsAnError() throws IOException {
        Path file = work.resolve("rules/risks.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"category\": \"politics\"",
                "\"category\": \"political\""));
        CliRun run = run("validate");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(Pattern.compile(Pattern.quote(DisplayPaths.of(file)) + ":\\d+:\\d+: error: risk type \"[a-z-]+\" has"
                + " category \"political\", which is not one of economy, patronage, politics, presence, regional,"
                + " security; did you mean \"politics\"\\? \\(see rules/REFERENCE.md\\)").matcher(run.err()).find(),
                run.err());
    }

    @Test
    void aRuleNeedsNoArabicNameSinceNoBriefPrintsRuleNames() throws IOException {
        Path labels = work.resolve("templates/ar/labels.json");
        Files.writeString(labels, Files.readString(labels)
                .replaceFirst("\\s*\"rule\\.Foreign force relies on its ground partner\": \"[^\"]*\",", ""));
        CliRun run = run("validate");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("Arabic name"), run.err());
    }

    @Test
    void checkPrintsEveryExpectationAndCountsABrokenScenarioAsFailed() throws IOException {
        Files.writeString(work.resolve("facts/scenarios/broken.json"), "{\n  \"title\": \n");
        CliRun run = run("check");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("sdf-integrated: " + DisplayPaths.of(work.resolve(
                "facts/scenarios/sdf-integrated.json")) + ":29:5: PASS absent \"integration-friction\": no such risk"),
                run.out());
        assertTrue(run.out().contains("broken: FAIL the scenario cannot be loaded (1 problem(s)):"), run.out());
        assertTrue(run.out().strip().matches("(?s).*\\n\\d+ passed, 1 failed"), run.out());
    }

    @Test
    void expectationsMaySpeakOfDependencies() throws IOException {
        Path file = work.resolve("facts/scenarios/sdf-integrated.json");
        Files.writeString(file, Files.readString(file).replace("{\"absent\": \"integration-friction\"},",
                "{\"absent\": \"integration-friction\"},\n"
                        + "    {\"present\": \"dependency\", \"kind\": \"military_capability\", \"dependent\": \"sdf\","
                        + " \"provider\": \"coalition\", \"minStrength\": \"strong\"},\n"
                        + "    {\"absent\": \"dependency\", \"kind\": \"financial\", \"dependent\": \"sdf\","
                        + " \"provider\": \"coalition\"},\n"
                        + "    {\"present\": \"dependency\", \"kind\": \"legitimacy\", \"dependent\": \"sdf\"},"));
        CliRun run = run("check");
        assertTrue(Pattern.compile("sdf-integrated: .*:30:5: PASS present dependency military_capability of sdf on"
                + " coalition, strength at least strong: dep-sdf-coalition-military-capability-\\w+ \\(strength"
                + " (strong|critical)\\)").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains(":31:5: PASS absent dependency financial of sdf on coalition: no such dependency"),
                run.out());
        assertTrue(run.out().contains(":32:5: FAIL present dependency legitimacy of sdf: no such dependency"), run.out());
        assertTrue(run.out().strip().matches("(?s).*\\n\\d+ passed, 1 failed"), run.out());
    }

    @Test
    void diffReportsASurvivingRiskThatLostSupportAndExplainsItsNotation() {
        CliRun run = run("diff", "sdf-integrated");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 changed grounds"), run.out());
        assertTrue(run.out().contains("(+ appeared, - disappeared, ~ changed grade, = same grades on other grounds;"
                + " a risk's [actors] are the actors it concerns;"), run.out());
        assertTrue(run.out().contains("= risk single-patron-concentration [coalition, sdf]  grounds changed"
                + " [risk-single-patron-concentration-sdf-"), run.out());
        assertTrue(run.out().contains("    lost support: dependency sdf -> coalition (financial)\n"), run.out());
    }

    @Test
    void helpShowsEveryCommandsWholeDescription() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String help = run.out().replaceAll("\\s+", " ");
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            String description = String.join(" ", sub.getCommandSpec().usageMessage().description())
                    .replaceAll("\\s+", " ");
            assertTrue(help.contains(description), "whole description of " + sub.getCommandName() + " in:\n" + run.out());
        }
    }

    @Test
    void idsListsWhatMessagesReferTo() {
        CliRun run = run("ids");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("facts \"actors\":\n  coalition\n"), run.out());
        assertTrue(run.out().contains("  credibility-gap\n"), run.out());
        assertTrue(run.out().contains("  \"Recipient paid by its provider\"\n"), run.out());
        assertTrue(run.out().contains("scenarios:\n  coalition-drawdown\n"), run.out());
    }

    @Test
    void everyCommandAHintOrADocumentNamesExists() throws IOException {
        Set<String> commands = Main.commandLine().getSubcommands().keySet();
        Set<String> named = new TreeSet<>();
        Pattern mention = Pattern.compile("\\./mizan ([a-z]+)");
        Path project = CliRun.projectDir();
        try (Stream<Path> files = Stream.concat(Files.walk(project.resolve("src/main")),
                Stream.of("README.md", "rules/README.md", "rules/REFERENCE.md", "facts/README.md",
                        "facts/scenarios/README.md", "templates/README.md").map(project::resolve))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = mention.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        named.removeAll(commands);
        // The launcher answers "./mizan daemon --status | --stop" itself: the background process is its business.
        if (Files.readString(project.resolve("mizan")).contains("if [[ \"${1:-}\" == daemon ]]; then")) {
            named.remove("daemon");
        }
        assertEquals(Set.of(), named, "commands named in hints and docs that do not exist");
    }

    private CliRun run(String command, String... more) {
        return CliRun.of(GenerateCommandTest.prepend(command, CliRun.inputArgs(work, more)));
    }
}
