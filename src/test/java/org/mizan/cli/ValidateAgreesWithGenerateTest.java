package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.problem.DisplayPaths;

/**
 * "validate: ok" means generate will succeed (issue 17): the project's inputs, damaged one thing each, in every kind
 * of file an analyst edits. For each, validate and generate (generate --scenario NAME when the damage is a scenario's)
 * either both succeed, or both exit 1 with the same first line, and that line is the located error written here. The
 * damages marked "was" are those where the two disagreed before: validate said ok and generate failed or hung, or
 * both ended in an internal error.
 */
class ValidateAgreesWithGenerateTest {

    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\n";

    @TempDir
    Path work;

    /** One damage: what to change, the arguments generate needs to meet it, and the error expected (null: none). */
    record Damage(String name, Edit edit, List<String> generateArgs, Function<Path, String> firstLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Edit {
        void apply(Path work) throws IOException;
    }

    static Stream<Damage> damages() {
        List<Damage> all = new ArrayList<>();
        all.add(new Damage("a template with a Mustache syntax error",
                w -> replace(w.resolve("templates/en/bottom-line.mustache"), "{{/hasRisk}}", ""), List.of(),
                w -> shown(w, "templates/en/bottom-line.mustache")
                        + ":1: error: template does not compile: Failed to close 'hasRisk' tag"));
        all.add(new Damage("a template using a variable it is not given",
                // The subtitle: a template whose variables stay put while the bottom line's wording evolves.
                w -> append(w.resolve("templates/en/subtitle.mustache"), " {{noSuchKey}}"), List.of(),
                w -> shown(w, "templates/en/subtitle.mustache") + ":1:" + appendedColumn(w) + ": error: unknown"
                        + " variable \"noSuchKey\": this template may use date, dossier, hasSources, isScenario, scenario"));
        all.add(new Damage("a template including a partial linked to a file outside templates/", w -> {
            Path secret = Files.writeString(w.resolve("secret.txt"), "not for the brief");
            Files.createSymbolicLink(w.resolve("templates/en/_leak.mustache"), secret);
            append(w.resolve("templates/en/bottom-line.mustache"), " {{> _leak}}");
        }, List.of(), w -> shown(w, "templates/en/bottom-line.mustache") + ": error: template does not compile:"
                + " partial _leak.mustache is a link to a file outside en/; copy the file here instead of linking it"));
        all.add(new Damage("was: a template partial that includes itself (exit 3 from both)", w -> {
            Files.writeString(w.resolve("templates/en/_loop.mustache"), "again {{> _loop}}");
            append(w.resolve("templates/en/bottom-line.mustache"), " {{> _loop}}");
        }, List.of(), w -> shown(w, "templates/en/_loop.mustache") + ":1:7: error: partial _loop includes itself"
                + " (_loop → _loop), which would never end: remove the inclusion"));
        all.add(new Damage("labels of the Arabic brief missing an entry",
                w -> replaceLine(w.resolve("templates/ar/labels.json"), "\"contents\":"), List.of(),
                w -> shown(w, "templates/ar/labels.json") + ":1:1: error: missing label \"contents\": add"
                        + " \"contents\": \"...\" to this file"));
        all.add(new Damage("a hypothesis with an unknown trend",
                w -> replace(w.resolve("facts/hypotheses.json"), "\"trend\": \"drawdown\"", "\"trend\": \"retreat\""),
                List.of(), w -> at(w, "facts/hypotheses.json", "\"trend\": \"retreat\"") + ": error: invalid trend"
                        + " \"retreat\" (allowed: presence_deepens, drawdown, partnership_breaks_down, other)"));
        all.add(new Damage("a fact whose excerpt is not in its paragraph",
                w -> replace(w.resolve("facts/actors.json"), "\"the Global Coalition to Defeat ISIS\"",
                        "\"the Global Coalition to Defeat Nobody\""), List.of(),
                w -> at(w, "facts/actors.json", "\"excerpt\": \"the Global Coalition to Defeat Nobody\"") + ": error: excerpt is"
                        + " not in paragraph 4 of source \"desk-note-2025-11-11\" ("
                        + shown(w, "facts/sources/desk-note-2025-11-11.en.txt") + "); the closest passage there is"
                        + " «the Global Coalition to Defeat ISIS»: quote the paragraph as written, or cite the"
                        + " paragraph the excerpt is from"));
        all.add(new Damage("a scenario adding a fact about an unknown actor",
                w -> replace(w.resolve("facts/scenarios/coalition-drawdown.json"), "\"actors\": [\"coalition\", \"us\"]",
                        "\"actors\": [\"coalition\", \"nobody\"]"), List.of("--scenario", "coalition-drawdown"),
                w -> at(w, "facts/scenarios/coalition-drawdown.json", "\"nobody\"") + ": error: unknown actor"
                        + " \"nobody\" in \"actors[1]\" (declare it under \"actors\", e.g. in " + shown(w, "facts/actors.json") + ")"));
        all.add(new Damage("a scenario expecting an unknown risk type",
                w -> replace(w.resolve("facts/scenarios/coalition-drawdown.json"), "{\"present\": \"open-ended-presence\"}",
                        "{\"present\": \"no-such-risk\"}"), List.of("--scenario", "coalition-drawdown"),
                w -> at(w, "facts/scenarios/coalition-drawdown.json", "\"present\": \"no-such-risk\"") + ": error:"
                        + " unknown risk type \"no-such-risk\" (risk types are defined in rules/risks.json and listed"
                        + " by ./mizan ids; for a dependency write \"dependency\")"));
        all.add(new Damage("was: a scenario file named with a space (validate ok, generate --scenario refused it)",
                w -> Files.copy(w.resolve("facts/scenarios/coalition-drawdown.json"),
                        w.resolve("facts/scenarios/my drawdown.json")), List.of("--scenario", "my drawdown"),
                w -> shown(w, "facts/scenarios/my drawdown.json") + ": error: a scenario's file name is letters and"
                        + " digits (of any script), then also '.', '_' and '-', with no spaces and no leading dot:"
                        + " rename the file"));
        all.add(new Damage("a rule whose action dereferences null",
                w -> rule(w, "zz.drl", "rule \"Null\"\nwhen\n    Actor($id : id)\nthen\n    String s = null;\n"
                        + "    s.length();\nend\n"), List.of(),
                w -> shown(w, "rules/zz.drl") + ":6:6: error: rule \"Null\" failed on \"coalition\": Cannot invoke"
                        + " \"String.length()\" because \"s\" is null"));
        all.add(new Damage("was: a rule that fails only on a scenario's dossier (validate ok)",
                w -> rule(w, "zz.drl", "rule \"Drawdown breaks\"\nwhen\n    Plan(kind.isA(PlanKind.DRAWDOWN))\nthen\n"
                        + "    int zero = 0;\n    int x = 1 / zero;\nend\n"), List.of("--scenario", "coalition-drawdown"),
                w -> shown(w, "rules/zz.drl") + ":6:6: error: rule \"Drawdown breaks\" failed on"
                        + " \"plan-coalition-drawdown\": / by zero"));
        all.add(new Damage("a rule deriving a risk type risks.json does not define",
                w -> rule(w, "zz.drl", "rule \"Unknown type\"\nwhen\n    Actor(id == \"sdf\")\nthen\n"
                        + "    insertLogical(Derive.risk(drools, \"no-such-risk\", \"sdf\", \"coalition\","
                        + " Likelihood.LIKELY, Impact.MAJOR));\nend\n"), List.of(),
                w -> shown(w, "rules/zz.drl") + ":10:39: error: rule \"Unknown type\" names risk type"
                        + " \"no-such-risk\", which risks.json does not define"));
        all.add(new Damage("was: a rule giving a literal id as a finding's subject (validate ok)",
                w -> rule(w, "zz.drl", "rule \"Unknown actor\"\nwhen\n    Actor(id == \"sdf\")\nthen\n"
                        + "    insertLogical(Derive.risk(drools, \"resource-revenue-dispute\", \"nobody\", \"coalition\","
                        + " Likelihood.LIKELY, Impact.MAJOR));\nend\n"), List.of(),
                w -> shown(w, "rules/zz.drl") + ":6:6: error: rule \"Unknown actor\" gives \"nobody\" as the subject"
                        + " of a finding, which is no id of the dossier: pass the id of a fact its conditions match"
                        + " (e.g. $actor.id()), or declare the fact"));
        all.add(new Damage("was: a rule giving a megabyte as a finding's object (validate ok, generate hung)",
                w -> rule(w, "zz.drl", "rule \"Long\"\nwhen\n    Actor(id == \"sdf\")\nthen\n"
                        + "    insertLogical(Derive.risk(drools, \"resource-revenue-dispute\", \"sdf\", \"x\".repeat(1_000_000),"
                        + " Likelihood.LIKELY, Impact.MAJOR));\nend\n"), List.of(),
                w -> shown(w, "rules/zz.drl") + ":6:6: error: rule \"Long\" gives \"" + "x".repeat(40) + "…\""
                        + " (1000000 characters) as the object of a finding, which is no id of the dossier: pass the"
                        + " id of a fact its conditions match (e.g. $actor.id()), or declare the fact"));
        all.add(new Damage("an ACH rule whose action throws",
                w -> Files.writeString(w.resolve("rules/zz-ach.drl"), "package org.mizan.rules;\n\n"
                        + "import org.mizan.dossier.*;\nimport org.mizan.ach.*;\n\nrule \"ACH throws\"\nwhen\n"
                        + "    $h : Hypothesis()\nthen\n    Object o = null;\n    o.hashCode();\nend\n"), List.of(),
                w -> shown(w, "rules/zz-ach.drl") + ":6:6: error: rule \"ACH throws\" failed on its match: Cannot"
                        + " invoke \"Object.hashCode()\" because \"o\" is null"));
        all.add(new Damage("was: a megabyte of wording in risks.json (validate ok, generate hung)",
                w -> replace(w.resolve("rules/risks.json"), "\"Concentrated dependence of {subject} on {object}\"",
                        "\"Concentrated dependence of {subject} on {object}" + "x".repeat(1 << 20) + "\""), List.of(),
                w -> at(w, "rules/risks.json", "\"Concentrated dependence of") + ": error: \"en\" is 1048624"
                        + " characters long; a field may hold at most 4000: keep the passage that matters (the whole"
                        + " text belongs in the source)"));
        all.add(new Damage("a risk type with an unknown category",
                w -> replace(w.resolve("rules/risks.json"), "\"category\": \"patronage\"", "\"category\": \"astrology\""),
                List.of(), w -> at(w, "rules/risks.json", "\"single-patron-concentration\"") + ": error: risk type"
                        + " \"single-patron-concentration\" has category \"astrology\", which is not one of economy,"
                        + " patronage, politics, presence, regional, security (see rules/REFERENCE.md)"));
        all.add(new Damage("a decision table without its RuleTable row",
                w -> replaceLine(w.resolve("rules/rating.drl.csv"), "RuleTable"), List.of(),
                w -> shown(w, "rules/rating.drl.csv") + ":1:1: error: no \"RuleTable\" row: a decision table needs"
                        + " its header rows (RuleSet, Import, RuleTable, the NAME/CONDITION/ACTION row and the code"
                        + " rows) above the rows it rates; restore them (rules/README.md)"));
        all.add(new Damage("a rule without an Arabic name (a warning: both succeed)",
                w -> rule(w, "zz.drl", "rule \"Nameless\"\nwhen\n    Actor(id == \"sdf\")\nthen\n"
                        + "    insertLogical(Derive.risk(drools, \"resource-revenue-dispute\", \"sdf\", \"coalition\","
                        + " Likelihood.LIKELY, Impact.MAJOR));\nend\n"), List.of(), w -> null));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void validateAndGenerateAgree(Damage damage) throws IOException {
        CliRun.copyInputs(work);
        damage.edit().apply(work);
        CliRun validate = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        List<String> args = new ArrayList<>(List.of("--out", work.resolve("out").toString()));
        args.addAll(damage.generateArgs());
        CliRun generate = CliRun.of(GenerateCommandTest.prepend("generate",
                CliRun.inputArgs(work, args.toArray(String[]::new))));
        String expected = damage.firstLine().apply(work);
        assertFalse(validate.err().contains("\tat ") || generate.err().contains("\tat "), "no stack trace:\n"
                + validate.err() + generate.err());
        if (expected == null) {
            assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
            assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
            assertTrue(Files.isRegularFile(work.resolve("out/brief-ar.pdf")), "written");
            return;
        }
        assertEquals(ExitCode.INVALID_INPUT, validate.exitCode(), "validate said ok:\n" + validate.out());
        assertEquals(ExitCode.INVALID_INPUT, generate.exitCode(), generate.err());
        assertEquals(firstLine(generate), firstLine(validate), "the same first line");
        assertEquals(expected, firstLine(validate), validate.err());
        assertFalse(Files.exists(work.resolve("out")), "nothing written");
    }

    /** A dossier the rules find nothing in: what to keep of the project's facts (the rest is removed). */
    record Degenerate(String name, Edit edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Degenerate> degenerateDossiers() {
        return Stream.of(
                new Degenerate("was: a dossier of its header alone (exit 3 from generate)", w -> {
                    emptyFacts(w);
                    Files.writeString(w.resolve("facts/dossier.json"), "{\"dossier\": {\"id\": \"empty\","
                            + " \"title\": {\"en\": \"Empty\", \"ar\": \"فارغ\"}}}\n");
                }),
                new Degenerate("was: a header, one source and one actor (exit 3 from generate)", w -> {
                    emptyFacts(w);
                    Files.writeString(w.resolve("facts/dossier.json"), "{\"dossier\": {\"id\": \"one\", \"title\":"
                            + " {\"en\": \"One\", \"ar\": \"واحد\"}}, \"sources\": [{\"id\": \"note\", \"publisher\":"
                            + " {\"en\": \"Desk\", \"ar\": \"مكتب\"}, \"title\": {\"en\": \"Note\", \"ar\": \"مذكرة\"},"
                            + " \"date\": \"2026-01-02\", \"language\": \"en\", \"reliability\": \"C\","
                            + " \"paragraphs\": 1}]}\n");
                    Files.writeString(w.resolve("facts/actors.json"), "{\"actors\": [{\"id\": \"alpha\", \"name\":"
                            + " {\"en\": \"Alpha\", \"ar\": \"ألفا\"}, \"kind\": \"state\", \"evidence\": {\"source\":"
                            + " \"note\", \"paragraph\": 1, \"excerpt\": \"Alpha\", \"credibility\": 3,"
                            + " \"attribution\": \"press_report\"}}]}\n");
                }),
                new Degenerate("was: facts (actors and events) from which the rules find nothing (exit 3)", w -> {
                    try (Stream<Path> files = Files.list(w.resolve("facts"))) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            String name = f.getFileName().toString();
                            if (!List.of("dossier.json", "actors.json", "events.json").contains(name)) {
                                Files.delete(f);
                            }
                        }
                    }
                    deleteTree(w.resolve("facts/scenarios"));
                }));
    }

    /**
     * A dossier the rules find nothing in still gives all four briefs and findings.json, and validate agrees; each
     * brief says, in its language, that the rules found no dependency and no judgment (issue 21).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("degenerateDossiers")
    void aDossierTheRulesFindNothingInGivesEveryBrief(Degenerate dossier) throws IOException {
        CliRun.copyInputs(work);
        dossier.edit().apply(work);
        CliRun validate = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        CliRun generate = CliRun.of(GenerateCommandTest.prepend("generate",
                CliRun.inputArgs(work, "--out", work.resolve("out").toString())));
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
        assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
        for (String file : List.of("brief-en.pdf", "brief-en.docx", "brief-ar.pdf", "brief-ar.docx", "findings.json")) {
            assertTrue(Files.size(work.resolve("out").resolve(file)) > 0, file);
        }
        String findings = Files.readString(work.resolve("out/findings.json"));
        assertTrue(findings.contains("\"dependencies\" : [ ]") && findings.contains("\"risks\" : [ ]"), findings);
        for (String language : List.of("en", "ar")) {
            String text = docxText(work.resolve("out/brief-" + language + ".docx"));
            for (String key : List.of("none.dependencies", "none.risks")) {
                String said = label(work, language, key);
                assertTrue(text.contains(said), language + " brief says " + key + ": " + said);
            }
        }
    }

    private static void emptyFacts(Path work) throws IOException {
        deleteTree(work.resolve("facts"));
        Files.createDirectories(work.resolve("facts"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The text of a label as the project's labels.json of that language holds it. */
    private static String label(Path work, String language, String key) throws IOException {
        com.fasterxml.jackson.databind.JsonNode labels = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS,
                        com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build()
                .readTree(work.resolve("templates").resolve(language).resolve("labels.json").toFile());
        return labels.path(key).asText();
    }

    /** The document's paragraphs' text, as Word shows it. */
    private static String docxText(Path docx) throws IOException {
        try (var in = Files.newInputStream(docx);
             var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            StringBuilder text = new StringBuilder();
            document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        }
    }

    private static String firstLine(CliRun run) {
        return run.err().lines().findFirst().orElse("");
    }

    private static String shown(Path work, String file) {
        return DisplayPaths.of(work.resolve(file));
    }

    /** The file, line and column where {@code snippet} starts, as an error names them. */
    private static String at(Path work, String file, String snippet) {
        try {
            String text = Files.readString(work.resolve(file));
            int offset = text.indexOf(snippet);
            assertTrue(offset >= 0, snippet + " in " + file);
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            return shown(work, file) + ":" + line + ":" + (offset - lineStart + 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The column of what {@link #append} added after a space: the template is one line. */
    private static int appendedColumn(Path work) {
        try {
            String text = Files.readString(work.resolve("templates/en/subtitle.mustache"));
            return text.lastIndexOf("{{noSuchKey}}") + 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void rule(Path work, String file, String rule) throws IOException {
        Files.writeString(work.resolve("rules").resolve(file), HEADER + rule);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + text + "\n");
    }

    /** Replaces the first {@code what}. */
    private static void replace(Path file, String what, String with) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(what), what + " in " + file);
        int at = text.indexOf(what);
        Files.writeString(file, text.substring(0, at) + with + text.substring(at + what.length()));
    }

    /** Removes the first line that starts (after indentation) with {@code start}. */
    private static void replaceLine(Path file, String start) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertTrue(lines.removeIf(new java.util.function.Predicate<>() {
            boolean done;

            @Override
            public boolean test(String line) {
                boolean hit = !done && line.strip().startsWith(start);
                done |= hit;
                return hit;
            }
        }), start + " in " + file);
        Files.write(file, lines);
    }
}
