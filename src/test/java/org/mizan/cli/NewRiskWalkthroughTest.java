package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's path through rules/README.md and rules/REFERENCE.md, done as they describe it: a new rule with a
 * new risk type (worded in both languages, with its Arabic rule name) validates, appears in both briefs under its
 * rule's name, and `explain` walks it down to the cited excerpts.
 */
class NewRiskWalkthroughTest {

    @TempDir
    Path work;

    private static final String RULE = "Convoys exposed to sleeper cells";
    private static final String ARABIC_RULE = "القوافل معرّضة لهجمات الخلايا النائمة";

    @Test
    void aNewRuleWithANewRiskTypeGoesFromTheRulesFolderIntoBothBriefsAndExplain() throws IOException {
        CliRun.copyInputs(work);
        writeTheRule();
        addTheWording();
        addTheArabicRuleName();

        CliRun validate = run("validate");
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
        assertFalse(validate.err().contains(RULE), "no warning about the new rule:\n" + validate.err());

        Path out = work.resolve("out");
        CliRun generate = run("generate", "--out", out.toString(), "--format", "docx,json");
        assertEquals(ExitCode.OK, generate.exitCode(), generate.err());
        JsonNode risk = riskOfType(out.resolve("findings.json"), "convoy-ambush");
        assertEquals(RULE, risk.get("rule").asText());
        assertEquals("security", risk.get("category").asText());

        String english = text(out.resolve("brief-en.docx"));
        assertTrue(english.contains("Supply convoys of"), "the English title:\n" + english);
        assertFalse(english.contains(RULE), "a rule's name is method, not the reader's: explain carries it");
        String arabic = text(out.resolve("brief-ar.docx"));
        assertTrue(arabic.contains("كمائن الخلايا النائمة"), "the Arabic title:\n" + arabic);
        assertFalse(arabic.contains(ARABIC_RULE), "nor the rule's Arabic name in the Arabic brief");

        CliRun explain = run("explain", risk.get("id").asText());
        assertEquals(ExitCode.OK, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains(RULE), explain.out());
        assertTrue(explain.out().contains("support-convoys"), "down to the facts it rests on:\n" + explain.out());
    }

    /** Step 1 of the checklist: the rule, in a risks-*.drl file, built from the reference's types and forms. */
    private void writeTheRule() throws IOException {
        Files.writeString(work.resolve("rules/risks-convoys.drl"), """
                package org.mizan.rules;

                import org.mizan.dossier.*;
                import org.mizan.inference.*;

                // Convoys that supply bases cross areas where sleeper cells strike: an ambush would cut the supply line.
                rule "Convoys exposed to sleeper cells"
                when
                    $convoys : Support(type.isA(SupportType.LOGISTICS), $provider : provider)
                    $cells : Threat(status.isA(ThreatStatus.SLEEPER_CELLS), $group : actor)
                then
                    insertLogical(Derive.risk(drools, "convoy-ambush", $provider, $group,
                            Likelihood.ALMOST_CERTAIN, Impact.SEVERE));
                end
                """);
    }

    /** Step 2: the risk type's words in rules/risks.json, with a category from the reference's set. */
    private void addTheWording() throws IOException {
        Path catalogue = work.resolve("rules/risks.json");
        String entry = """
                {
                  "convoy-ambush": {
                    "kind": "risk",
                    "category": "security",
                    "title": {"en": "Supply convoys of {subject} ambushed by {object}",
                              "ar": "كمائن الخلايا النائمة لقوافل إمداد {subject}"},
                    "summary": {"en": "Sleeper cells of {object} could ambush the convoys that supply {subject}.",
                                "ar": "قد تنصب خلايا {object} النائمة كمائن للقوافل التي تمدّ {subject}."},
                    "likelihood": {"default": "almost certain", "rests": ["support", "threats"],
                                   "why": {"en": "The cells strike near the convoy routes.",
                                           "ar": "تضرب الخلايا قرب طرق القوافل."}},
                    "indicators": [{"en": "Would raise it: an attack on a convoy route.",
                                    "ar": "مؤشر ارتفاع: هجوم على طريق القوافل.", "watched": true}],
                    "assumptions": [{"en": "The convoys keep their routes.", "ar": "تحافظ القوافل على طرقها."}]
                  },
                """;
        Files.writeString(catalogue, Files.readString(catalogue).replaceFirst("^\\{\\s*\\n", entry));
    }

    /** Step 3: the rule's Arabic name in templates/ar/labels.json. */
    private void addTheArabicRuleName() throws IOException {
        Path labels = work.resolve("templates/ar/labels.json");
        Files.writeString(labels, Files.readString(labels).replaceFirst("\n(\\s*)\"rule\\.",
                "\n$1\"rule." + RULE + "\": \"" + ARABIC_RULE + "\",\n$1\"rule."));
    }

    private static JsonNode riskOfType(Path findings, String type) throws IOException {
        for (JsonNode risk : new ObjectMapper().readTree(findings.toFile()).get("risks")) {
            if (risk.get("type").asText().equals(type)) {
                return risk;
            }
        }
        throw new AssertionError("no risk of type " + type + " in " + findings);
    }

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private CliRun run(String command, String... more) {
        return CliRun.of(GenerateCommandTest.prepend(command, CliRun.inputArgs(work, more)));
    }
}
