package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RiskJudgment;
import org.mizan.layer.LayerOverride;
import org.mizan.pipeline.InputDirs;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.Workbench;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * A dossier folder's own rules/ and templates/ add to the shipped ones and override them by name, without a copy
 * of any shipped file; a rule name defined twice is a located error; validate and ids say what was read.
 */
class RuleLayersTest {

    /** A story rule over the general kinds: every dependency makes its dependent vulnerable (a test's rule). */
    private static final String EXTRA_RULE = """
            package org.mizan.rules;

            import org.mizan.dossier.*;
            import org.mizan.inference.*;

            rule "Story layer: every dependency is exposure"
            when
                $d : Dependency($dependent : dependent, $provider : provider)
            then
                insertLogical(Derive.vulnerability(drools, "story-exposure", $dependent, $provider,
                        Strength.STRONG, Impact.MAJOR));
            end
            """;

    private static final String EXTRA_TYPE = """
            {
              "story-exposure": {
                "kind": "vulnerability", "category": "patronage",
                "title": {"en": "Story exposure of {subject} to {object}", "ar": "انكشاف {subject} على {object}"},
                "summary": {"en": "{subject} relies on {object}.", "ar": "يعتمد {subject} على {object}."},
                "indicators": [{"en": "More reliance.", "ar": "اعتماد أكبر.", "watched": true}],
                "assumptions": [{"en": "The reliance lasts.", "ar": "يدوم الاعتماد."}]
              }
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    @TempDir
    Path work;

    private Path facts;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
        facts = work.resolve("facts");
    }

    private InputDirs dirs() {
        return new InputDirs(facts, work.resolve("rules"), work.resolve("templates"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void oneExtraRuleInTheDossiersOwnLayerIsPickedUpWithoutCopyingAnyShippedFile() throws IOException {
        write(facts.resolve("rules/story.drl"), EXTRA_RULE);
        write(facts.resolve("rules/risks.json"), EXTRA_TYPE);
        LoadedInputs in = LoadedInputs.load(dirs());
        try {
            assertTrue(in.rules().ruleNames().contains("Story layer: every dependency is exposure"));
            assertTrue(in.rules().ruleNames().size() > 1, "the shipped rules are still read");
            assertTrue(in.rules().riskTypes().contains("story-exposure"));
            Findings findings = Inference.run(in.rules(), in.dossier(), Set.of());
            List<RiskJudgment> story = findings.risks().stream().filter(r -> r.type().equals("story-exposure"))
                    .toList();
            assertFalse(story.isEmpty(), "the layer's rule fired on the dossier's dependencies");
            assertTrue(story.get(0).title().en().startsWith("Story exposure of "), story.get(0).title().en());
            assertTrue(in.rules().overrides().isEmpty(), "adding overrides nothing: " + in.rules().overrides());
        } finally {
            in.rules().close();
        }
    }

    @Test
    void aLayerOverridesAShippedTemplateLabelAndRiskTypeByName() throws IOException {
        String type = aJudgedRiskType();
        String shippedCatalogue = Files.readString(work.resolve("rules/risks.json"));
        ObjectNode entry = (ObjectNode) JSON.readTree(shippedCatalogue).get(type).deepCopy();
        ((ObjectNode) entry.get("title")).put("en", "Layered title for {subject}");
        write(facts.resolve("rules/risks.json"), "{\n  \"" + type + "\": " + JSON.writeValueAsString(entry) + "\n}\n");
        write(facts.resolve("templates/en/labels.json"), "{\n  \"marking\": \"LAYERED MARKING\"\n}\n");
        String subtitle = Files.readString(work.resolve("templates/en/subtitle.mustache"));
        write(facts.resolve("templates/en/subtitle.mustache"), "Layered: " + subtitle);
        LoadedInputs in = LoadedInputs.load(dirs());
        try {
            assertEquals("LAYERED MARKING", in.templates().wording(Language.EN).label("marking"));
            assertFalse(in.templates().wording(Language.AR).label("marking").contains("LAYERED"),
                    "the Arabic labels are the shipped ones");
            RiskJudgment judged = Inference.run(in.rules(), in.dossier(), Set.of()).risks().stream()
                    .filter(r -> r.type().equals(type)).findFirst().orElseThrow();
            assertTrue(judged.title().en().startsWith("Layered title for "), judged.title().en());
            List<String> overrides = in.templates().overrides().stream().map(LayerOverride::toString).toList();
            assertTrue(overrides.stream().anyMatch(o -> o.matches(".*facts/templates/en/labels.json:2:3: label"
                    + " \"marking\" overrides .*templates/en/labels.json:\\d+:\\d+")), overrides.toString());
            assertTrue(overrides.stream().anyMatch(o -> o.matches(".*facts/templates/en/subtitle.mustache: file"
                    + " en/subtitle.mustache overrides .*templates/en/subtitle.mustache")), overrides.toString());
            LayerOverride risk = in.rules().overrides().get(0);
            assertEquals("risk type \"" + type + "\"", risk.what());
            assertTrue(risk.by().file().endsWith("facts/rules/risks.json"), risk.toString());
            assertEquals(lineOf(shippedCatalogue, "\"" + type + "\""), risk.replaced().line(), risk.toString());
        } finally {
            in.rules().close();
        }
    }

    @Test
    void aRuleNameDefinedInTwoFilesIsALocatedErrorNamingTheFirst() throws IOException {
        Path shipped = firstDrl();
        String name = firstRuleName(Files.readString(shipped));
        write(facts.resolve("rules/clash.drl"), EXTRA_RULE.replace("Story layer: every dependency is exposure", name));
        write(facts.resolve("rules/risks.json"), EXTRA_TYPE);
        InputException e = assertThrows(InputException.class, () -> LoadedInputs.load(dirs()));
        Problem clash = e.problems().stream().filter(p -> p.where().file().endsWith("facts/rules/clash.drl"))
                .findFirst().orElseThrow(() -> new AssertionError(e.problems().toString()));
        assertEquals(6, clash.where().line(), clash.toString());
        assertTrue(clash.message().contains("rule \"" + name + "\" is already defined at ")
                && clash.message().contains(shipped.getFileName() + ":"), clash.message());
    }

    @Test
    void aFileOfTheSameNameReplacesTheShippedFileAndIsNoClash() throws IOException {
        Path shipped = firstDrl();
        String text = Files.readString(shipped);
        String name = firstRuleName(text);
        write(facts.resolve("rules").resolve(shipped.getFileName().toString()), text.replace(name, name + " (story)"));
        LoadedInputs in = LoadedInputs.load(dirs());
        try {
            assertTrue(in.rules().ruleNames().contains(name + " (story)"));
            assertFalse(in.rules().ruleNames().contains(name), "the shipped file is replaced, not added to");
            assertEquals("file " + shipped.getFileName(), in.rules().overrides().get(0).what());
        } finally {
            in.rules().close();
        }
    }

    @Test
    void watchAndServeRecompileWhenTheDossiersOwnLayerChanges() throws IOException {
        try (Workbench bench = new Workbench(dirs())) {
            assertFalse(bench.load().rules().ruleNames().contains("Story layer: every dependency is exposure"));
            write(facts.resolve("rules/story.drl"), EXTRA_RULE);
            write(facts.resolve("rules/risks.json"), EXTRA_TYPE);
            assertTrue(bench.load().rules().ruleNames().contains("Story layer: every dependency is exposure"),
                    "a rule file added to the dossier's layer is compiled on the next load");
        }
    }

    @Test
    void validateAndIdsListTheLayersAndWhatEachOverrides() throws IOException {
        write(facts.resolve("templates/en/labels.json"), "{\n  \"marking\": \"LAYERED MARKING\"\n}\n");
        Path more = work.resolve("more-rules");
        write(more.resolve("story.drl"), EXTRA_RULE);
        write(more.resolve("risks.json"), EXTRA_TYPE);
        CliRun validate = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work, "--rules",
                more.toString())));
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
        assertTrue(validate.out().contains("rule layers (bottom first): " + shown(work.resolve("rules"))
                + " (shipped), " + shown(facts.resolve("rules")) + " (the dossier's own), " + shown(more)
                + " (given on the command line)"), validate.out());
        assertTrue(validate.out().contains("template layers (bottom first): " + shown(work.resolve("templates"))
                + " (shipped), " + shown(facts.resolve("templates")) + " (the dossier's own)"), validate.out());
        assertTrue(validate.out().contains(shown(facts.resolve("templates/en/labels.json"))
                + ":2:3: note: label \"marking\" overrides "), validate.out());
        CliRun ids = CliRun.of(GenerateCommandTest.prepend("ids", CliRun.inputArgs(work, "--rules", more.toString())));
        assertEquals(ExitCode.OK, ids.exitCode(), ids.err());
        assertTrue(ids.out().contains("  \"Story layer: every dependency is exposure\""), ids.out());
        assertTrue(ids.out().contains("  story-exposure"), ids.out());
        assertTrue(ids.out().contains(shown(more) + " (given on the command line)"), ids.out());
    }

    private static String shown(Path p) {
        return org.mizan.problem.DisplayPaths.of(p);
    }

    /** A risk type the shipped rules judge in the shipped dossier, so that its wording shows in a finding. */
    private String aJudgedRiskType() {
        LoadedInputs in = LoadedInputs.load(dirs());
        try {
            return Inference.run(in.rules(), in.dossier(), Set.of()).risks().get(0).type();
        } finally {
            in.rules().close();
        }
    }

    private Path firstDrl() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("rules"))) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted()
                    .filter(p -> firstRuleName(read(p)) != null).findFirst().orElseThrow();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstRuleName(String drl) {
        Matcher m = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE).matcher(drl);
        return m.find() ? m.group(1) : null;
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
