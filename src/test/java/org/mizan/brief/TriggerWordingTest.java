package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;
import org.mizan.dossier.Text;
import org.mizan.inference.TriggerAssessment;
import org.mizan.inference.TriggerStance;

/**
 * A contingency states its trigger's own assessment beside its conditional likelihood (ANALYSIS.md §1): what the
 * dossier says of it (a plan, a denial, nothing) and, when no competing hypothesis weighs it, that it is unassessed.
 */
class TriggerWordingTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    private String trigger(TriggerStance stance, Language language) {
        BriefContext ctx = BriefContext.of(SampleInput.input(), templates.wording(language));
        return JudgmentWording.trigger(ctx, new TriggerAssessment(new Text("the coalition draws down",
                "تقليص التحالف وجوده"), "drawdown", stance, List.of(), List.of()));
    }

    @Test
    void aPlannedTriggerIsReportedAsPlanned() {
        String en = trigger(TriggerStance.REPORTED, Language.EN);
        assertTrue(en.startsWith("The trigger (the coalition draws down) is reported as planned in the dossier"), en);
        assertFalse(en.contains("unassessed"), "a plan assesses it: " + en);
    }

    @Test
    void aDeniedTriggerIsSaidToBeDenied() {
        String en = trigger(TriggerStance.DENIED, Language.EN);
        assertTrue(en.contains("is officially denied in the dossier"), en);
        assertFalse(en.contains("unassessed"), en);
    }

    @Test
    void aTriggerReportedAndOfficiallyDeniedIsSaidToBeBoth() {
        String en = trigger(TriggerStance.CONTESTED, Language.EN);
        assertTrue(en.contains("is reported in the dossier as in prospect (offered or planned, not done), and officially"
                + " denied"), en);
        assertFalse(en.contains("as planned"), "an offer reported and denied is not a plan: " + en);
        assertTrue(trigger(TriggerStance.CONTESTED, Language.AR).contains("يرد في الملف أمرًا مطروحًا"));
    }

    @Test
    void nearMissATriggerNeitherReportedNorWeighedIsUnassessed() {
        String en = trigger(TriggerStance.NOT_REPORTED, Language.EN);
        assertEquals("The trigger (the coalition draws down) is neither reported nor denied in the dossier; no "
                + "competing hypothesis weighs it. The trigger is unassessed.", en);
        String ar = trigger(TriggerStance.NOT_REPORTED, Language.AR);
        assertTrue(ar.contains("تقليص التحالف وجوده"), ar);
    }
}
