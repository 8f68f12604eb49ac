package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.mizan.dossier.Language;
import org.mizan.inference.Confidence;
import org.mizan.inference.Dependency;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Findings;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.Strength;

/** Many findings, few findings, none: the brief stays readable and its links stay whole. */
class BriefAtScaleTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    @Test
    void with_many_risks_the_table_shows_the_gravest_and_the_workbook_still_lists_every_fact() {
        List<RiskJudgment> risks = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> risks.add(SampleInput.risk("risk-" + (char) ('a' + i), "Risk " + i,
                "خطر " + i, i < 12 ? Likelihood.LIKELY : Likelihood.UNLIKELY, Impact.MODERATE,
                i < 12 ? Rating.MEDIUM : Rating.LOW, Confidence.LOW, "Rule " + i,
                List.of(i < 12 ? "support-funding" : "claim-uncited"))));
        Findings findings = new Findings(List.of(), risks);
        Brief brief = BriefBuilder.build(SampleInput.input(findings, null), Language.EN, templates, n -> null);

        Table table = BriefWalk.table(brief, "table-risks");
        assertEquals(BriefContext.MAX_RISKS_SHOWN, table.rows().size());
        Set<String> evidence = BriefWalk.table(brief, "table-evidence").rows().stream()
                .map(r -> r.get(0).anchor()).collect(Collectors.toSet());
        assertTrue(evidence.contains("evidence-support-funding"));
        assertFalse(evidence.contains("evidence-claim-uncited"), "the annex lists only what the pages cite");
        assertTrue(brief.evidence().rows().stream().anyMatch(r -> r.id().equals("claim-uncited")),
                "the workbook lists every fact, shown or not");
        String intro = BriefWalk.section(brief, "risks").blocks().get(0).toString();
        assertTrue(intro.contains("The 8 lower-rated ones not shown"), intro);
        assertTrue(BriefWalk.anchors(brief).containsAll(BriefWalk.linkTargets(brief)));
    }

    @Test
    void with_many_dependencies_the_graph_and_table_show_those_the_risks_rest_on_then_the_strongest() {
        List<Dependency> dependencies = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> dependencies.add(SampleInput.dependency(String.format("dep-%02d", i),
                "sdf", "coalition", DependencyKind.FINANCIAL, i == 29 || i % 2 == 0 ? Strength.WEAK : Strength.STRONG,
                "support-funding")));
        RiskJudgment risk = SampleInput.risk("risk-a", "Risk", "خطر", Likelihood.LIKELY, Impact.MODERATE,
                Rating.MEDIUM, Confidence.LOW, "Rule", List.of("dep-29"));
        Findings findings = new Findings(dependencies, List.of(risk));
        Brief brief = BriefBuilder.build(SampleInput.input(findings, null), Language.EN, templates, n -> null);

        List<String> shown = BriefWalk.sheet(brief, "table-dependencies").rows().stream()
                .map(r -> r.get(0).anchor()).toList();
        assertEquals(BriefContext.MAX_DEPENDENCIES_SHOWN, shown.size());
        // dep-29 (weak) is what the risk rests on; then the 14 strong ones; then weak ones by parties and id.
        Set<String> expected = IntStream.of(29, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 0, 2, 4, 6, 8)
                .mapToObj(i -> String.format("dependency-dep-%02d", i)).collect(Collectors.toSet());
        assertEquals(expected, Set.copyOf(shown));
        String intro = BriefWalk.section(brief, "dependencies").blocks().get(0).toString();
        assertTrue(intro.contains("The sources show 30 dependencies"), intro);
        assertTrue(intro.contains("shows 20 of them, those the graded risks rest on most directly first, then the"
                + " strongest; the other 10 are listed only in the findings file (findings.json)"), intro);
        assertTrue(BriefWalk.anchors(brief).containsAll(BriefWalk.linkTargets(brief)));
    }

    @Test
    void with_few_dependencies_the_brief_shows_them_all_and_says_nothing_of_hidden_ones() {
        Brief brief = BriefBuilder.build(SampleInput.input(), Language.EN, templates, n -> null);
        int all = SampleInput.input().findings().dependencies().size();
        assertEquals(all, BriefWalk.sheet(brief, "table-dependencies").rows().size());
        String intro = BriefWalk.section(brief, "dependencies").blocks().get(0).toString();
        assertFalse(intro.contains("findings.json"), intro);
    }

    @Test
    void without_a_high_rated_risk_the_gravest_one_is_still_a_key_judgment() {
        Findings findings = new Findings(List.of(), List.of(SampleInput.risk("risk-x", "Minor friction",
                "احتكاك طفيف", Likelihood.UNLIKELY, Impact.MINOR, Rating.LOW, Confidence.LOW, "Rule",
                List.of("claim-denial"))));
        Brief brief = BriefBuilder.build(SampleInput.input(findings, null), Language.EN, templates, n -> null);
        long judgments = BriefWalk.section(brief, "judgments").blocks().stream()
                .filter(b -> b instanceof Paragraph p && p.role() == ParagraphRole.KEY_JUDGMENT).count();
        assertEquals(1, judgments);
    }

    @Test
    void without_findings_the_brief_still_has_every_section_and_says_no_risk_was_found() {
        for (Language language : Language.values()) {
            Brief brief = BriefBuilder.build(SampleInput.input(new Findings(List.of(), List.of()), null), language,
                    templates, n -> null);
            // No signposts without key judgments; no risk or dependency annex without findings.
            assertEquals(List.of("judgments", "source-summary", "background", "dependencies", "risks", "sources",
                    "method"), brief.sections().stream().map(org.mizan.brief.Section::anchor).toList());
            assertTrue(BriefWalk.figures(brief).isEmpty());
            assertTrue(BriefWalk.anchors(brief).containsAll(BriefWalk.linkTargets(brief)));
            String lead = ((Paragraph) BriefWalk.section(brief, "judgments").blocks().get(0)).plainText();
            assertTrue(lead.contains(language == Language.EN ? "no risk" : "لم تحدد قواعد الاستدلال أي خطر"), lead);
        }
    }
}
