package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.ach.AchAnalysis;
import org.mizan.ach.AchResult;
import org.mizan.ach.HypothesesFile;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Language;
import org.mizan.hinge.Sensitivity;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.Likelihood;
import org.mizan.inference.RuleBase;

/** The article's briefs say what their judgments hinge on and which hypotheses the evidence contradicts least. */
class HingeSectionsTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));
    private static RuleBase rules;
    private static BriefInput input;
    private static Templates templates;

    @BeforeAll
    static void analyse() {
        rules = RuleBase.compile(PROJECT.resolve("rules"));
        Dossier dossier = DossierLoader.load(PROJECT.resolve("facts"));
        Findings findings = Inference.run(rules, dossier, Set.of());
        Sensitivity sensitivity = SensitivityAnalysis.run(rules, dossier);
        AchResult ach = AchAnalysis.run(rules, dossier, HypothesesFile.load(PROJECT.resolve("facts")));
        input = new BriefInput(dossier, findings, "f", "r", "t", "0", null, sensitivity, ach);
        templates = Templates.load(PROJECT.resolve("templates"));
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private static Brief brief(Language language) {
        return BriefBuilder.build(input, language, templates);
    }

    private static String text(Section section) {
        return section.blocks().stream().flatMap(b -> BriefWalk.paragraphs(b).stream()).map(Paragraph::plainText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void bothSectionsCloseTheBodyAfterTheRisksAndTheMatrixIsASheetOfTheWorkbook() {
        for (Language language : Language.values()) {
            List<String> order = brief(language).sections().stream().map(Section::anchor).toList();
            int risks = order.indexOf(Anchors.RISKS);
            assertEquals(List.of(Anchors.CONTINGENCIES, Anchors.HINGES, Anchors.HYPOTHESES, Anchors.RISK_ANNEX),
                    order.subList(risks + 1, risks + 5), language.code());
            assertEquals(order.indexOf(Anchors.SOURCES) - 1, order.indexOf(Anchors.RISK_ANNEX), language.code());
            assertTrue(brief(language).sheets().stream().anyMatch(s -> s.table().anchor().equals(Anchors.ACH_MATRIX)),
                    language.code());
        }
    }

    @Test
    void theLinchpinTableLeadsWithTheGroundPartnershipAsTheTextStatesItAndLinksTheRisksThatFall() {
        Section hinges = BriefWalk.section(brief(Language.EN), Anchors.HINGES);
        assertEquals("What our judgments hinge on", hinges.title());
        Table table = hinges.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
        List<Cell> first = table.rows().get(0);
        assertTrue(first.get(0).paragraphs().get(0).plainText().contains("the coalition's local arm"),
                first.get(0).paragraphs().get(0).plainText());
        assertEquals("C2", first.get(1).paragraphs().get(0).plainText());
        assertTrue(first.get(2).paragraphs().get(0).inlines().stream().anyMatch(i -> i instanceof Link l
                && l.target().startsWith("risk-")));
        assertTrue(table.rows().size() <= HingeSection.MAX_LINCHPINS);
    }

    @Test
    void keyJudgmentsOnASingleSourceAreFlaggedWithWhatWouldFall() {
        String en = text(BriefWalk.section(brief(Language.EN), Anchors.HINGES));
        assertTrue(en.matches("(?s).*R\\d+ rests on a single source: .*If that proved false, these judgments would"
                + " no longer stand: R\\d+.*"), en);
        String ar = text(BriefWalk.section(brief(Language.AR), Anchors.HINGES));
        assertTrue(ar.contains("إلى مصدر واحد") && ar.contains("ولو ثبت خطؤها لسقط"), ar);
    }

    @Test
    void theMatrixMarksDiagnosticItemsAndTheTextNamesTheLeastContradictedHypothesis() {
        Section section = BriefWalk.section(brief(Language.EN), Anchors.HYPOTHESES);
        Table matrix = BriefWalk.sheet(brief(Language.EN), Anchors.ACH_MATRIX);
        assertEquals(List.of("Evidence", "Grade", "H1", "H2", "H3", "H4", "Diagnostic"),
                matrix.header().stream().map(c -> c.paragraphs().get(0).plainText()).toList());
        // The workbook's sheet holds every item, not the first few a page had room for.
        assertEquals(input.ach().items().size(), matrix.rows().size());
        assertTrue(matrix.rows().stream().anyMatch(r -> r.get(6).paragraphs().get(0).plainText().equals("yes")));
        // Every item is marked one way or the other.
        assertTrue(matrix.rows().stream().allMatch(r -> List.of("yes", "—")
                .contains(r.get(6).paragraphs().get(0).plainText())));
        String leader = input.ach().hypothesis(input.ach().leader().orElseThrow()).orElseThrow().title().en();
        assertTrue(text(section).contains("The evidence contradicts H1 (" + leader + ") least."), text(section));
    }

    @Test
    void theHypothesesSectionUsesNoLikelihoodOrConfidenceWord() {
        for (Language language : Language.values()) {
            Wording w = templates.wording(language);
            String text = text(BriefWalk.section(brief(language), Anchors.HYPOTHESES));
            for (Likelihood l : Likelihood.values()) {
                assertFalse(text.contains(" " + w.word(l) + " "), language + ": " + w.word(l));
            }
            assertFalse(text.contains(w.label("word.confidence")), language.code());
        }
    }

    @Test
    void theArabicSectionsAreInArabicWithArabicDigits() {
        Brief ar = brief(Language.AR);
        assertEquals("ما تتوقف عليه أحكامنا", BriefWalk.section(ar, Anchors.HINGES).title());
        assertEquals("الفرضيات المتنافسة", BriefWalk.section(ar, Anchors.HYPOTHESES).title());
        Paragraph intro = (Paragraph) BriefWalk.section(ar, Anchors.HYPOTHESES).blocks().get(0);
        assertFalse(intro.plainText().matches("(?s).*[0-9A-Za-z].*"), intro.plainText());
        assertTrue(intro.plainText().contains("٣"), intro.plainText());
    }

    @Test
    void aBriefBuiltWithoutTheAnalysesLeavesBothSectionsOut() {
        BriefInput plain = new BriefInput(input.dossier(), input.findings(), "f", "r", "t", "0", null);
        List<String> anchors = BriefBuilder.build(plain, Language.EN, templates).sections().stream()
                .map(Section::anchor).toList();
        assertFalse(anchors.contains(Anchors.HINGES));
        assertFalse(anchors.contains(Anchors.HYPOTHESES));
    }
}
