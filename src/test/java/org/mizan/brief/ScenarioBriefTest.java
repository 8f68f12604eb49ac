package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.mizan.dossier.Language;

/** A scenario brief says on its first page that it is one, what it changes and how its judgments differ. */
class ScenarioBriefTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    private static final ScenarioNote DRAWDOWN = new ScenarioNote(
            SampleInput.text("Coalition drawdown", "انسحاب التحالف"),
            SampleInput.text("The coalition halves its presence.", "يخفض التحالف وجوده إلى النصف."),
            List.of(SampleInput.text("Funding for the SDF removed", "إلغاء تمويل قسد")),
            List.of(SampleInput.text("R2 rises from likely to very likely", "يرتفع خ٢ من مرجّح إلى مرجّح جدًا")));

    @Test
    void the_first_section_states_the_scenario_its_changes_and_differences() {
        Brief brief = BriefBuilder.build(SampleInput.input(SampleInput.findings(), DRAWDOWN), Language.EN,
                templates, n -> null);
        Section scenario = brief.sections().get(0);
        assertEquals("scenario", scenario.anchor());
        assertEquals(1, scenario.level());
        assertEquals("judgments", brief.sections().get(1).anchor());
        List<String> text = scenario.blocks().stream().flatMap(b -> BriefWalk.paragraphs(b).stream())
                .map(Paragraph::plainText).toList();
        assertTrue(text.get(0).startsWith("This is a scenario, not the baseline assessment: Coalition drawdown."),
                text.get(0));
        assertTrue(text.contains("Funding for the SDF removed"), text.toString());
        assertTrue(text.contains("R2 rises from likely to very likely"), text.toString());
        assertTrue(brief.metadata().subtitle().startsWith("Scenario brief: Coalition drawdown."));
    }

    @Test
    void the_arabic_scenario_brief_says_so_in_arabic_and_has_its_own_document_id() {
        Brief scenario = BriefBuilder.build(SampleInput.input(SampleInput.findings(), DRAWDOWN), Language.AR,
                templates, n -> null);
        Brief baseline = BriefBuilder.build(SampleInput.input(), Language.AR, templates, n -> null);
        assertTrue(scenario.metadata().subtitle().startsWith("موجز سيناريو: انسحاب التحالف."));
        assertEquals("judgments", baseline.sections().get(0).anchor());
        assertNotEquals(baseline.metadata().documentId(), scenario.metadata().documentId());
    }
}
