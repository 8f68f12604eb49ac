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
                        + " variable \"noSuchKey\": this template may use date, dossier, hasReader, hasSources,"
                        + " isScenario, reader, scenario"));
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
                w -> replaceLine(w.resolve("templates/ar/labels.json"), "\"author\":"), List.of(),
                w -> shown(w, "templates/ar/labels.json") + ":1:1: error: missing label \"author\": add"
                        + " \"author\": \"...\" to this file"));
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
                w -> replace(w.resolve("facts/scenarios/coalition-drawdown.json"), "{\"absent\": \"open-ended-presence\"}",
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
                w -> shown(w, "rules/zz.drl") + ":6:6: error: rule \"Null\" failed on \"global-coalition\": Cannot invoke"
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
                        + " text belongs in the source) (and N errors that follow from it)"));
        all.add(new Damage("a risk type with an unknown category",
                w -> replace(w.resolve("rules/risks.json"), "\"category\": \"patronage\"", "\"category\": \"astrology\""),
                List.of(), w -> at(w, "rules/risks.json", "\"single-patron-concentration\"") + ": error: risk type"
                        + " \"single-patron-concentration\" has category \"astrology\", which is not one of economy,"
                        + " patronage, politics, presence, regional, security (see rules/REFERENCE.md)"));
        all.add(new Damage("a likelihood reason resting on a fact id no fact has",
                w -> replace(w.resolve("rules/risks.json"), "\"rests\": [\"claims:official_denial\"]",
                        "\"rests\": [\"claim-damascus-base-denail\"]"), List.of(),
                w -> at(w, "rules/risks.json", "\"rests\": [\"claim-damascus-base-denail\"]") + ": error: the"
                        + " likelihood reason of \"credibility-gap\" rests on \"claim-damascus-base-denail\", which is"
                        + " neither a kind of fact (" + org.mizan.dossier.FactType.keys() + ", or one narrowed as"
                        + " support:funding) nor the id of a fact of the dossier: cite a fact that says what the reason"
                        + " states, or move the claim under \"assumptions\"; did you mean"
                        + " \"claim-damascus-base-denial\" or \"claim-damascus-base-purpose\" or"
                        + " \"claim-damascus-base-no-decision\"?"));
        all.add(new Damage("a decision table without its RuleTable row",
                w -> replaceLine(w.resolve("rules/rating.drl.csv"), "RuleTable"), List.of(),
                w -> shown(w, "rules/rating.drl.csv") + ":1:1: error: no \"RuleTable\" row: a decision table needs"
                        + " its header rows (RuleSet, Import, RuleTable, the NAME/CONDITION/ACTION row and the code"
                        + " rows) above the rows it rates; restore them (rules/README.md)"));
        all.add(new Damage("a rule without an Arabic name (a warning: both succeed)",
                w -> rule(w, "zz.drl", "rule \"Nameless\"\nwhen\n"
                        + "    Claim(kind.isA(ClaimKind.OFFICIAL_DENIAL), subject == \"base-damascus\")\nthen\n"
                        + "    insertLogical(Derive.risk(drools, \"credibility-gap\", \"government\", \"base-damascus\","
                        + " Likelihood.ROUGHLY_EVEN_CHANCE, Impact.MODERATE));\nend\n"), List.of(), w -> null));
        all.addAll(oneErrorPerCause());
        all.addAll(locatedAtTheirCause());
        all.addAll(tablesAndTemplatesAtTheirCell());
        all.addAll(acceptedOnce());
        return all.stream();
    }

    /** Issue 24: a damage whose consequences once gave 14 to 131 lines gives one, naming how many it left out. */
    static List<Damage> oneErrorPerCause() {
        String follow = " (and N errors that follow from it)";
        return List.of(
                new Damage("an emptied fact file (131 lines before)", w -> Files.writeString(w.resolve("facts/actors.json"), ""),
                        List.of(), w -> shown(w, "facts/actors.json") + ":1:1: error: the file is empty: restore its"
                        + " contents (one JSON object {...} whose keys name fact types), or delete the file" + follow),
                new Damage("a fact file that declares nothing", w -> Files.writeString(w.resolve("facts/actors.json"),
                        "// emptied\n{\"actors\": []}\n"), List.of(), w -> shown(w, "facts/actors.json") + ":2:1: error:"
                        + " the file declares nothing (no dossier header, source, kind or fact): restore its contents, or"
                        + " delete the file" + follow),
                new Damage("a lost dossier header (107 lines before)", w -> Files.delete(w.resolve("facts/dossier.json")),
                        List.of(), w -> shown(w, "facts") + ": error: no dossier header: add \"dossier\": {\"id\": ...,"
                        + " \"title\": {\"en\": ..., \"ar\": ...}} to one fact file (e.g. " + shown(w, "facts")
                        + "/dossier.json)" + follow),
                new Damage("an emptied source text (24 lines before)",
                        w -> Files.writeString(w.resolve("facts/sources/desk-note-2025-11-11.en.txt"), "\n"), List.of(),
                        w -> shown(w, "facts/sources/desk-note-2025-11-11.en.txt") + ":1:1: error: the text of source"
                        + " \"desk-note-2025-11-11\" is empty: restore it (the excerpts citing the source are checked"
                        + " against it)"),
                new Damage("a broken risks.json (14 lines before, one per rule)",
                        w -> replace(w.resolve("rules/risks.json"), "\"kind\": \"vulnerability\",", "\"kind\": \"vulnerability\""),
                        List.of(), w -> at(w, "rules/risks.json", "\"category\"") + ": error: invalid JSON: a comma is"
                        + " missing before '\"': separate the entries of an object {...} with commas" + follow),
                new Damage("an import of a class that does not exist (40 lines before, the first in ach.drl)",
                        w -> replace(w.resolve("rules/risks-security.drl"), "import org.mizan.dossier.*;",
                                "import org.mizan.dossier.*;\nimport org.mizan.dossier.NoSuchClass;"), List.of(),
                        w -> at(w, "rules/risks-security.drl", "org.mizan.dossier.NoSuchClass") + ": error: there is no"
                        + " class org.mizan.dossier.NoSuchClass to import: correct the name (rules/REFERENCE.md lists"
                        + " the classes rules use), or remove the import" + follow));
    }

    /** Issue 24: the rating table's errors at their row and column, templates' at their line and column. */
    static List<Damage> tablesAndTemplatesAtTheirCell() {
        String table = "rules/rating.drl.csv";
        String row = "Rating almost no chance x major,ALMOST_NO_CHANCE,";
        String likelihoods = "ALMOST_NO_CHANCE, VERY_UNLIKELY, UNLIKELY, ROUGHLY_EVEN_CHANCE, LIKELY, VERY_LIKELY,"
                + " ALMOST_CERTAIN";
        return List.of(
                new Damage("was: an empty cell in the rating table (\"rows disagree\", no line)",
                        w -> replace(w.resolve(table), row + "MAJOR,", row + ","), List.of(),
                        w -> shifted(at(w, table, row), row.length()) + ": error: an empty cell in row \"Rating almost"
                        + " no chance x major\" is no Impact: write one of MINOR, MODERATE, SIGNIFICANT, MAJOR,"
                        + " SEVERE"),
                new Damage("was: a pair rated twice in the rating table (no line)",
                        w -> replace(w.resolve(table), row + "MAJOR,", row + "MINOR,"), List.of(),
                        w -> at(w, table, row) + ": error: row \"Rating almost no chance x major\" rates"
                        + " ALMOST_NO_CHANCE with MINOR again; line " + line(w, table, "x minor,ALMOST_NO_CHANCE")
                        + " (row \"Rating almost no chance x minor\") rates it already: each pair is rated once, so"
                        + " delete one of the rows or correct its values"),
                new Damage("was: an unbalanced quote in the rating table (Drools' words, no line)",
                        w -> replace(w.resolve(table), row + "MAJOR,", row + "\"MAJOR,"), List.of(),
                        w -> shifted(at(w, table, row), row.length()) + ": error: a quote opens this cell but does not"
                        + " close it on its line: close it with \" before the next comma, or remove it"),
                new Damage("was: LIKLY in a condition cell (\"Unable to Analyse Expression\", no line)",
                        w -> replace(w.resolve(table), "Rating likely x minor,LIKELY,", "Rating likely x minor,LIKLY,"),
                        List.of(), w -> shifted(at(w, table, "Rating likely x minor,LIKLY"), "Rating likely x minor,"
                        .length()) + ": error: \"LIKLY\" in row \"Rating likely x minor\" is no Likelihood: write"
                        + " one of " + likelihoods + "; did you mean \"LIKELY\"?"),
                new Damage("was: a broken action cell (\"Syntax error, insert \\\")\\\"\", no line)",
                        w -> replace(w.resolve(table), "Rating.$param));", "Rating.$param);"), List.of(),
                        w -> at(w, table, "\"insertLogical(new RiskRating") + ": error: the action in this cell does"
                        + " not compile: Syntax error, insert \")\" to complete Expression (each row's value replaces"
                        + " $param)"),
                new Damage("was: CONDITON misspelt in the rating table's header (validate ok)",
                        w -> replace(w.resolve(table), "NAME,CONDITION,", "NAME,CONDITON,"), List.of(),
                        w -> shifted(at(w, table, "NAME,CONDITON"), 5) + ": error: \"CONDITON\" is not a column kind of"
                        + " a decision table, so Drools would ignore the column: write CONDITION, ACTION or another"
                        + " kind (rules/README.md); did you mean \"CONDITION\"?"),
                new Damage("was: a missing partial (no line)",
                        w -> append(w.resolve("templates/en/bottom-line.mustache"), " {{> _missing}}"), List.of(),
                        w -> at(w, "templates/en/bottom-line.mustache", "{{> _missing}}") + ": error: partial _missing"
                        + " is included but _missing.mustache is not in en/: create it, or correct the name"),
                new Damage("was: a byte 0xFF in a template (\"Input length = 1\")", w -> {
                    Path template = w.resolve("templates/en/subtitle.mustache");
                    byte[] text = Files.readAllBytes(template);
                    byte[] bad = java.util.Arrays.copyOf(text, text.length + 3);
                    bad[text.length] = 'a';
                    bad[text.length + 1] = (byte) 0xFF;
                    bad[text.length + 2] = '\n';
                    Files.write(template, bad);
                }, List.of(), w -> atBytes(w, "templates/en/subtitle.mustache", "\n") + ": error: byte 0xff is not"
                        + " UTF-8 text: save the file as UTF-8 (an editor's \"encoding\" menu)"),
                new Damage("was: digits of nine characters in labels.json (no line)",
                        w -> replace(w.resolve("templates/en/labels.json"), "\"0123456789\"", "\"012345678\""),
                        List.of(), w -> at(w, "templates/en/labels.json", "\"012345678\"") + ": error: label"
                        + " \"digits\" must hold the ten digits 0 to 9 in order, e.g. \"0123456789\"; it holds 9"));
    }

    /** Issue 24: what validate once said ok to. */
    static List<Damage> acceptedOnce() {
        String scenario = "facts/scenarios/zz.json";
        return List.of(
                new Damage("was: credibility written as the string \"2\" (validate ok)",
                        w -> replace(w.resolve("facts/actors.json"), "\"credibility\": 2,", "\"credibility\": \"2\","),
                        List.of(), w -> at(w, "facts/actors.json", "\"credibility\": \"2\"") + ": error:"
                        + " \"evidence[0].credibility\" is text in quotes (\"2\"), where a whole number belongs: write 2"
                        + " without the quotes"),
                new Damage("was: an actor part of itself (validate ok)",
                        w -> replace(w.resolve("facts/actors.json"), "\"partOf\": \"sdf\",", "\"partOf\": \"ypg\","),
                        List.of(), w -> at(w, "facts/actors.json", "\"partOf\": \"ypg\"") + ": error: actor \"ypg\" is"
                        + " part of itself (ypg → ypg): \"partOf\" names the larger actor it belongs to; correct it or"
                        + " leave it out"),
                new Damage("was: generate of the baseline with a broken scenario (generate ok)",
                        w -> Files.writeString(w.resolve(scenario), "{ \"baseline\": \n"), List.of(),
                        w -> shown(w, scenario) + ":2:1: error: invalid JSON: the file ends before what it opened is"
                        + " closed (cut short?); restore its end"),
                new Damage("was: generate of the baseline with an empty scenario (generate ok)",
                        w -> Files.writeString(w.resolve(scenario), ""), List.of(),
                        w -> shown(w, scenario) + ":1: error: a scenario must be an object { \"baseline\": …,"
                        + " \"title\": …, … }"),
                new Damage("was: generate of the baseline with a scenario removing an unknown fact (generate ok)",
                        w -> Files.writeString(w.resolve(scenario), SCENARIO_START + "\"remove\": [\"nofact\"]}\n"),
                        List.of(), w -> at(w, scenario, "\"nofact\"") + ": error: unknown fact \"nofact\" in"
                        + " \"remove\"; ids are listed by ./mizan ids"),
                new Damage("was: generate of the baseline with a scenario of an unknown field (generate ok)",
                        w -> Files.writeString(w.resolve(scenario), SCENARIO_START + "\"colour\": \"red\"}\n"),
                        List.of(), w -> at(w, scenario, "\"colour\"") + ": error: unknown field \"colour\" in a"
                        + " scenario (allowed: baseline, title, description, remove, add, change, switchOff,"
                        + " expect)"),
                new Damage("was: generate of the baseline with a megabyte scenario description (generate ok)",
                        w -> Files.writeString(w.resolve(scenario), "{\"baseline\": \"northpress-coalition-syria\","
                                + " \"title\": {\"en\": \"x\", \"ar\": \"x\"}, \"description\": {\"en\": \""
                                + "x".repeat(1 << 20) + "\", \"ar\": \"x\"}}\n"), List.of(),
                        w -> at(w, scenario, "\"xxx") + ": error: \"en\" is 1048576 characters long; a field may"
                        + " hold at most 4000: keep the passage that matters (the whole text belongs in the source)"));
    }

    private static final String SCENARIO_START = "{\"baseline\": \"northpress-coalition-syria\", \"title\":"
            + " {\"en\": \"x\", \"ar\": \"x\"}, \"description\": {\"en\": \"x\", \"ar\": \"x\"}, ";

    /** Issue 24: errors at the line (and column) of their cause, and cases validate once accepted. */
    static List<Damage> locatedAtTheirCause() {
        String follow = " (and N errors that follow from it)";
        return List.of(
                new Damage("was: a byte 0xFF in a fact file (no line)", w -> {
                    Path actors = w.resolve("facts/actors.json");
                    String text = Files.readString(actors);
                    int at = text.indexOf("the Global Coalition to Defeat ISIS");
                    byte[] before = text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] after = text.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] all = new byte[before.length + 1 + after.length];
                    System.arraycopy(before, 0, all, 0, before.length);
                    all[before.length] = (byte) 0xFF;
                    System.arraycopy(after, 0, all, before.length + 1, after.length);
                    Files.write(actors, all);
                }, List.of(), w -> atBytes(w, "facts/actors.json", "the Global Coalition to Defeat ISIS")
                        + ": error: byte 0xff is not UTF-8 text: save the file as UTF-8 (an editor's \"encoding\""
                        + " menu)"),
                new Damage("was: lists nested 3000 deep in a fact file (no line)",
                        w -> replace(w.resolve("facts/actors.json"), "\"kind\": \"non_state_armed_group\"",
                                "\"kind\": " + "[".repeat(3000) + "]".repeat(3000)), List.of(),
                        // Where the parser stood: after the bracket that opens level 1001 (the file's object, the
                        // actors' list and the actor's object are the first three).
                        w -> shifted(at(w, "facts/actors.json", "\"kind\": ["), "\"kind\": ".length() + 998)
                        + ": error: invalid JSON: lists and"
                        + " objects nested more than 1000 deep: no fact needs that many levels; look for brackets"
                        + " pasted in by mistake"),
                new Damage("was: a duplicate id (at the line above it)",
                        w -> replace(w.resolve("facts/actors.json"), "\"id\": \"ypg\"", "\"id\": \"sdf\""), List.of(),
                        w -> at(w, "facts/actors.json", "\"id\": \"sdf\",\n      \"name\": { \"en\": \"Syrian")
                        + ": error: duplicate id \"sdf\": first used by actor \"sdf\" at "
                        + at(w, "facts/actors.json", "\"id\": \"sdf\"") + " (ids must be unique across the dossier)"),
                new Damage("content after a fact file's closing brace",
                        w -> append(w.resolve("facts/bases.json"), "\n{}"), List.of(),
                        w -> shown(w, "facts/bases.json") + ":" + lineCount(w, "facts/bases.json") + ":1: error: content after the object's closing }: a fact"
                        + " file is one object; move it inside, or delete it"),
                new Damage("was: a dangling link facts/x.json (validate ok)", w -> Files.createSymbolicLink(
                        w.resolve("facts/x.json"), w.resolve("gone.json")), List.of(),
                        w -> shown(w, "facts/x.json") + ": error: a link to nothing (" + w.resolve("gone.json")
                        + " does not exist), so its facts are missing: restore the file it points to, or remove the"
                        + " link"),
                new Damage("was: a source text replaced by a folder (validate ok)", w -> {
                    Path text = w.resolve("facts/sources/desk-note-2025-11-11.en.txt");
                    Files.delete(text);
                    Files.createDirectory(text);
                }, List.of(), w -> shown(w, "facts/sources/desk-note-2025-11-11.en.txt") + ": error: a folder where"
                        + " the text of source \"desk-note-2025-11-11\" belongs: put the source's text here as a UTF-8"
                        + " file, or rename the folder"),
                new Damage("was: an unknown field in a risk type (validate ok)",
                        w -> replace(w.resolve("rules/risks.json"), "\"kind\": \"vulnerability\",",
                                "\"kind\": \"vulnerability\", \"colour\": \"red\","), List.of(),
                        w -> at(w, "rules/risks.json", "\"single-patron-concentration\"") + ": error: risk type"
                        + " \"single-patron-concentration\" has an unknown field \"colour\" (allowed: kind, category,"
                        + " title, summary, indicators, assumptions, likelihood, horizonMonths, adjustments,"
                        + " trigger, settledBy)"));
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
        assertEquals(expected, CliRun.countless(firstLine(validate)), validate.err());
        assertTrue(validate.err().lines().count() <= 11, "at most 10 errors for one damage:\n" + validate.err());
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
                            if (!List.of("dossier.json", "actors.json", "events.json", "kinds.json").contains(name)) {
                                Files.delete(f);
                            }
                        }
                    }
                    deleteTree(w.resolve("facts/scenarios"));
                    // The dossier's own rule layer rates its hypotheses by id: it goes with the facts it reads; so
                    // does the analyst's thesis, which names a judgment these facts no longer support.
                    deleteTree(w.resolve("facts/rules"));
                    CliRun.removeThesis(w);
                }));
    }

    /**
     * A dossier the rules find nothing in still gives all four briefs and findings.json, and validate agrees; each
     * brief says, in its language, that its facts show no dependency and support no judgment (issue 21).
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

    /** The same, with the column counted in bytes up to the snippet (where a decoder stops at a bad byte). */
    private static String atBytes(Path work, String file, String snippet) {
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(
                    Files.readAllBytes(work.resolve(file)))).toString();
            int offset = text.indexOf("\uFFFD" + snippet);
            assertTrue(offset >= 0, snippet + " in " + file);
            long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            return shown(work, file) + ":" + line + ":" + (offset - text.lastIndexOf('\n', offset - 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code file:line:column} moved {@code by} columns to the right. */
    private static String shifted(String at, int by) {
        int colon = at.lastIndexOf(':');
        return at.substring(0, colon + 1) + (Integer.parseInt(at.substring(colon + 1)) + by);
    }

    /** The line of the first line holding {@code snippet}. */
    private static String line(Path work, String file, String snippet) {
        String at = at(work, file, snippet);
        return at.split(":")[at.split(":").length - 2];
    }

    private static long lineCount(Path work, String file) {
        try {
            return Files.readAllLines(work.resolve(file)).size();
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
