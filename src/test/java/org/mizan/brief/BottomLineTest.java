package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Event;
import org.mizan.dossier.EventKind;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Text;

/**
 * The bottom line states the thesis (ANALYSIS.md §3, §4): it opens with the newest development the sources report
 * about the actor the arrangement turns on, so the reader sees what the brief is current to, and it never counts
 * findings.
 */
class BottomLineTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    private String bottomLine(Dossier dossier, Language language) {
        BriefInput sample = SampleInput.input();
        BriefInput input = new BriefInput(dossier, sample.findings(), sample.factsDigest(), sample.rulesDigest(),
                sample.templatesDigest(), sample.mizanVersion(), null);
        Section judgments = BriefWalk.section(BriefBuilder.build(input, language, templates), "judgments");
        return ((Paragraph) judgments.blocks().get(0)).plainText();
    }

    private static Dossier withEvent(Event event) {
        Dossier d = SampleInput.dossier();
        List<Fact> facts = new ArrayList<>(d.facts());
        facts.add(event);
        return new Dossier(d.id(), d.title(), d.sources(), facts, d.origins(), d.digest());
    }

    @Test
    void opensWithTheNewestEventNamingTheActorTheArrangementTurnsOn() {
        Dossier d = withEvent(new Event("event-accession", "2025-11-10",
                new Text("Syria joins the coalition", "سوريا تنضم إلى التحالف"), EventKind.ANNOUNCEMENT,
                List.of("government", "coalition"), new Evidence(SampleInput.SOURCE, 3, "x", 2,
                        Attribution.OFFICIALLY_ANNOUNCED)));
        String en = bottomLine(d, Language.EN);
        assertTrue(en.startsWith("After the newest development in the sources — Syria joins the coalition "
                + "(10 November 2025) — the arrangement they describe turns on"), en);
        assertTrue(bottomLine(d, Language.AR).contains("سوريا تنضم إلى التحالف"));
        assertFalse(en.matches(".*\\b\\d+ risks\\b.*"), "no count of findings: " + en);
    }

    @Test
    void nearMissANewerEventWithoutThatActorDoesNotOpenIt() {
        Dossier d = withEvent(new Event("event-sdf-only", "2025-11-10",
                new Text("The SDF holds a conference", "قسد تعقد مؤتمرًا"), EventKind.ANNOUNCEMENT,
                List.of("sdf"), new Evidence(SampleInput.SOURCE, 3, "x", 2, Attribution.PRESS_REPORT)));
        String en = bottomLine(d, Language.EN);
        assertFalse(en.contains("conference"), en);
        assertTrue(en.contains("Coalition formed (September 2014)"), "the newest naming the coalition: " + en);
    }

    private static Dossier withThesis(String en, String ar) {
        return SampleInput.dossier().withVoice(new org.mizan.dossier.Voice(new Text("officials", "المسؤولين"),
                new Text(en, ar), java.util.Map.of()));
    }

    @Test
    void theAnalystsThesisTakesItsLikelihoodFromTheFindings() {
        Dossier d = withThesis("The SDF is exposed: {risk.likelihood} that it strains by {risk.horizon}.",
                "قسد مكشوفة، وذلك {risk.likelihood} قبل {risk.horizon}.");
        String en = bottomLine(d, Language.EN);
        assertTrue(en.startsWith("The SDF is exposed: very likely (80–95%) that it strains"), en);
        assertTrue(bottomLine(d, Language.AR).contains("مرجّح جدًا"), bottomLine(d, Language.AR));
    }

    @Test
    void aThesisThatStatesAnotherLikelihoodThanTheFindingsIsRejectedAtTheThesis() {
        Dossier d = withThesis("The SDF is exposed: it is likely to strain ({risk.horizon}).",
                "قسد مكشوفة ({risk.horizon}).");
        org.mizan.problem.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.mizan.problem.InputException.class, () -> bottomLine(d, Language.EN));
        assertTrue(e.getMessage().contains("the thesis states \"likely\", but the judgments it names are"
                + " [very likely]"), e.getMessage());
        // The near miss: the finding's own term, written out, is accepted.
        Dossier same = withThesis("It is very likely: {risk.likelihood}.", "{risk.likelihood}.");
        assertTrue(bottomLine(same, Language.EN).startsWith("It is very likely"));
    }

    @Test
    void aThesisOfMoreThanEightyPrintedWordsIsRejected() {
        String seventySix = "word ".repeat(76).strip();
        // 76 words and a likelihood printed as "very likely (80–95%)": 79, accepted.
        Dossier fits = withThesis(seventySix + " {risk.likelihood}.", "{risk.likelihood}.");
        assertTrue(bottomLine(fits, Language.EN).endsWith("very likely (80–95%)."));
        // With the horizon, "by 11 November 2026" and more: 83, rejected.
        Dossier over = withThesis(seventySix + " {risk.likelihood} by {risk.horizon}.",
                "{risk.likelihood} {risk.horizon}.");
        org.mizan.problem.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.mizan.problem.InputException.class, () -> bottomLine(over, Language.EN));
        assertTrue(e.getMessage().contains("the thesis has 83 words as the brief prints it"), e.getMessage());
    }

    @Test
    void aThesisNamingNoFoundRiskTypeIsRejected() {
        Dossier d = withThesis("{no-such-type.likelihood}.", "{no-such-type.likelihood}.");
        org.junit.jupiter.api.Assertions.assertThrows(org.mizan.problem.InputException.class,
                () -> bottomLine(d, Language.EN));
    }
}
