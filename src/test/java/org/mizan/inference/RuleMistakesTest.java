package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;

/**
 * The mistakes an analyst typically makes in a rule file, each with the one line Mizan prints first: the file,
 * the line and column of the cause, and what to do, in the analyst's words. Lines 1-5 of every file are the
 * package and imports; the rule starts at line 6, its condition is at line 8 and its action at line 10.
 */
class RuleMistakesTest {

    @TempDir
    Path dir;

    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\n";
    private static final String RISK = "    insertLogical(Derive.risk(drools, \"credibility-gap\", %s, Likelihood.%s, Impact.%s));";

    private static String rule(String condition, String action) {
        return HEADER + "rule \"Mistake\"\nwhen\n" + condition + "\nthen\n" + action + "\nend\n";
    }

    private static String risk(String subject, String likelihood, String impact) {
        return String.format(RISK, subject, likelihood, impact);
    }

    /**
     * Every form of Derive.risk, as the messages list them: read from Derive, since forms are added there (the
     * first form, of 5 arguments, is checked to stay).
     */
    private static String riskForms() {
        List<String> forms = DeriveForms.all().stream().filter(m -> m.getName().equals("risk"))
                .map(DeriveForms::signature).toList();
        assertTrue(forms.contains("Derive.risk(drools, String type, String subject, Likelihood likelihood,"
                + " Impact impact)"), forms.toString());
        return String.join(" or ", forms);
    }

    private static String riskArities() {
        return DeriveForms.all().stream().filter(m -> m.getName().equals("risk"))
                .map(m -> String.valueOf(m.getParameterCount())).distinct().collect(Collectors.joining(" or "));
    }

    static Stream<Arguments> mistakes() {
        String base = "    $b : Base(status.isA(BaseStatus.ACTIVE))";
        String ok = risk("$b.id()", "LIKELY", "MAJOR");
        return Stream.of(
                Arguments.of("a typo in a fact type", rule("    $b : Bse(status == BaseStatus.ACTIVE)", ok),
                        "8:10: error: unknown fact type \"Bse\" in rule \"Mistake\"; did you mean \"Base\"?"
                                + " (see rules/REFERENCE.md or ./mizan reference)"),
                Arguments.of("a typo in a field", rule("    $b : Base(staus == BaseStatus.ACTIVE)", ok),
                        "8:15: error: Base has no field \"staus\"; did you mean \"status\"? (its fields: id, name,"
                                + " location, operator, role, status, evidenceItems, supersedes,"
                                + " approxPosition)"),
                Arguments.of("a typo in an enum value",
                        rule("    $g : Goal(kind.isA(GoalKind.INTERNATIONAL_LEGITIMACI), $b : target)", ok.replace("$b.id()", "$b")),
                        "8:33: error: unknown GoalKind value \"INTERNATIONAL_LEGITIMACI\"; did you mean"
                                + " \"INTERNATIONAL_LEGITIMACY\"? (GoalKind is one of SECURITY_SUPPORT, ARMS, ECONOMIC_SUPPORT,"
                                + " SANCTIONS_RELIEF, INTERNATIONAL_LEGITIMACY, FORCE_INTEGRATION, MILITARY_ACCESS,"
                                + " RESOURCE_CONTROL, INFLUENCE)"),
                Arguments.of("a typo in an enum type", rule("    $g : Goal(kind.isA(GoalKnd.SECURITY_SUPPORT))", ""),
                        "8:24: error: unknown type \"GoalKnd\" in rule \"Mistake\"; did you mean \"GoalKind\"?"
                                + " (see rules/REFERENCE.md or ./mizan reference)"),
                Arguments.of("a kind compared with ==", rule("    $b : Base(status == BaseStatus.ACTIVE)", ok),
                        "8:15: error: \"status\" is a kind in rule \"Mistake\": match it with"
                                + " status.isA(BaseStatus.ACTIVE), which also matches the kinds beneath it (a dossier's"
                                + " own narrower kinds among them), not with =="),
                Arguments.of("a condition's bracket left open", rule("    $b : Base(status.isA(BaseStatus.ACTIVE)", ok),
                        "9:1: error: unexpected \"then\" in rule \"Mistake\": a condition above is not closed"
                                + " (count its brackets)"),
                Arguments.of("a bracket missing in the action", rule(base, ok.replace("));", ");")),
                        "10:5: error: syntax error in the action of rule \"Mistake\": \")\" is missing on this line"
                                + " (or a bracket is left open)"),
                Arguments.of("a variable the conditions do not bind", rule(base, risk("$x", "LIKELY", "MAJOR")),
                        "10:58: error: \"$x\" is not bound in the action of rule \"Mistake\": bind it in the"
                                + " conditions ($x : ...); did you mean \"$b\"?"),
                Arguments.of("an unbound variable in a condition", rule("    $b : Base(operator == $op)", ok),
                        "8:27: error: \"$op\" is not bound in rule \"Mistake\": bind it in an earlier condition"
                                + " ($op : field); did you mean \"$b\"?"),
                Arguments.of("a fact where Derive wants its id", rule(base, risk("$b", "LIKELY", "MAJOR")),
                        "10:26: error: argument 3 of Derive.risk in the action of rule \"Mistake\" is a Base, but"
                                + " the form wants String subject (an id: write $x.id() to pass a fact's id); the forms"
                                + " are " + riskForms()),
                Arguments.of("Derive without its impact", rule(base, ok.replace(", Impact.MAJOR", "")),
                        "10:26: error: Derive.risk in the action of rule \"Mistake\" takes " + riskArities()
                                + " arguments, not 4; the forms are " + riskForms()),
                Arguments.of("a typo in a likelihood", rule(base, risk("$b.id()", "LIKLY", "MAJOR")),
                        "10:78: error: unknown Likelihood value \"LIKLY\"; did you mean \"LIKELY\"? (Likelihood is one"
                                + " of ALMOST_NO_CHANCE, VERY_UNLIKELY, UNLIKELY, ROUGHLY_EVEN_CHANCE, LIKELY,"
                                + " VERY_LIKELY, ALMOST_CERTAIN)"),
                Arguments.of("a typo in an impact", rule(base, risk("$b.id()", "LIKELY", "MAJR")),
                        "10:93: error: unknown Impact value \"MAJR\"; did you mean \"MAJOR\"? (Impact is one of MINOR,"
                                + " MODERATE, SIGNIFICANT, MAJOR, SEVERE)"),
                Arguments.of("a risk type risks.json lacks", rule(base, ok.replace("credibility-gap", "credibilty-gap")),
                        "10:39: error: rule \"Mistake\" names risk type \"credibilty-gap\", which risks.json does not"
                                + " define; did you mean \"credibility-gap\"?"),
                Arguments.of("a rule without end", HEADER + "rule \"Mistake\"\nwhen\n    Base()\nthen\n\n"
                                + "rule \"Next\"\nwhen\n    Base()\nthen\nend\n",
                        "6:1: error: rule \"Mistake\" has no \"end\": close it with \"end\" before line 11"),
                Arguments.of("a rule without then", HEADER + "rule \"Mistake\"\nwhen\n    Base()\nend\n",
                        "6:1: error: rule \"Mistake\" has no \"then\": write \"then\" between its conditions and its"
                                + " action"),
                Arguments.of("a text without quotes", rule("    $b : Base(id == damascus)", ok),
                        "8:21: error: Base has no field \"damascus\"; to compare with a text, put it in quotes:"
                                + " \"damascus\" (its fields: id, name, location, operator, role, status, evidenceItems, supersedes,"
                                + " approxPosition)"),
                Arguments.of("= for ==", rule("    $b : Base(status = BaseStatus.ACTIVE)", ok),
                        "8:22: error: \"=\" is not a comparison in rule \"Mistake\": write \"==\""),
                Arguments.of("a typo in a field read in the action", rule(base, risk("$b.idd()", "LIKELY", "MAJOR")),
                        "10:61: error: Base has no field \"idd\" in the action of rule \"Mistake\"; did you mean"
                                + " \"id\"? (its fields: id, name, location, operator, role, status, evidenceItems, supersedes,"
                                + " approxPosition)"),
                Arguments.of("a typo in a Derive form", rule(base, ok.replace("Derive.risk", "Derive.risc")),
                        "10:26: error: Derive has no form \"risc\" in the action of rule \"Mistake\"; did you mean"
                                + " \"risk\"? (see rules/REFERENCE.md or ./mizan reference)"),
                Arguments.of("two rules with one name", rule(base, ok) + "\nrule \"Mistake\"\nwhen\n    Base()\nthen\nend\n",
                        "13:1: error: a second rule is named \"Mistake\" (the first is at line 6); every rule needs its"
                                + " own name"),
                Arguments.of("a text left unclosed", rule("    $b : Base(id == \"damascus)", ok),
                        "8:5: error: a text in quotes is not closed on this line in rule \"Mistake\": add the"
                                + " closing \""),
                Arguments.of("a missing import", HEADER.replace("import org.mizan.dossier.*;\n", "") + "rule \"Mistake\"\nwhen\n"
                                + "    Base()\nthen\nend\n",
                        "7:5: error: fact type \"Base\" is not imported in this file: add \"import"
                                + " org.mizan.dossier.*;\" at its top"),
                Arguments.of("an error deep in a long action, at its own line",
                        rule(base, "    String a = $b.id();\n    String b = a;\n    String c = b;\n    String d = c;\n"
                                + "    int n = d;"),
                        "14:5: error: a value of type String cannot be used where the type int is expected in the"
                                + " action of rule \"Mistake\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGetsOneLocatedCauseFirstLine(String mistake, String drl, String expected) throws IOException {
        RuleVerifier.copySupportFiles(dir);
        Path file = Files.writeString(dir.resolve("mistake.drl"), drl);
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(dir));
        assertEquals(DisplayPaths.of(file) + ":" + expected, e.problems().get(0).format());
        assertEquals(1, e.problems().size(), "follow-on errors are left out: " + e.getMessage());
    }
}
