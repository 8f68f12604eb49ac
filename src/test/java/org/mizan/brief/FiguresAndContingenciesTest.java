package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mizan.dossier.Support;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.Term;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Base;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Position;
import org.mizan.dossier.Resource;
import org.mizan.dossier.ResourceKind;
import org.mizan.inference.Confidence;
import org.mizan.inference.Dependency;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Findings;
import org.mizan.inference.Impact;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.Likelihood;
import org.mizan.inference.LikelihoodBasis;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.Strength;
import org.mizan.inference.TriggerAssessment;
import org.mizan.inference.TriggerStance;

/**
 * The dependency picture shows actors only (a base the coalition relies on is listed on its node, an oil field is
 * named on the arrow of what flows); the schematic map places what the dossier positions; contingencies and
 * standing conditions get a body section of their own, worded as conditionals, in both languages.
 */
class FiguresAndContingenciesTest {

    private static final Templates TEMPLATES = Templates.load(SampleInput.templatesDir());

    private static Evidence cited() {
        return new Evidence(SampleInput.SOURCE, 20, "قاعدة كوباني", 2, Attribution.PRESS_REPORT);
    }

    private static BriefInput input() {
        Dossier base = SampleInput.dossier();
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(new Base("base-kobani", SampleInput.text("Kobani base", "قاعدة كوباني"),
                SampleInput.text("Kobani", "كوباني"), "coalition", Term.of(BaseRole.COMMAND_HUB),
                Term.of(BaseStatus.REPORTED), List.of(cited()), List.of(), new Position(36.89, 38.35, "town of Kobani")));
        facts.add(new Resource("oil-rmeilan", SampleInput.text("Rmeilan oil fields", "الرميلان"),
                Term.of(ResourceKind.OIL_FIELD), "sdf", "coalition", List.of(cited()), List.of(),
                new Position(37.0, 41.93, "town of Rmeilan")));
        // The guard's support written with a dossier's own narrower kind, beneath the shipped "protection".
        facts.add(new Support("support-guard", "coalition", "sdf", new Term<>("oilfield_protection",
                SupportType.PROTECTION, List.of(), SampleInput.text("protection of oil fields", "حماية حقول النفط")),
                SampleInput.text("guard", "حماية"), List.of(cited()), List.of()));
        Dossier dossier = new Dossier(base.id(), base.title(), base.sources(), facts, base.origins(), base.digest());
        List<Dependency> deps = List.of(
                SampleInput.dependency("dep-sdf-coalition-financial", "sdf", "coalition", DependencyKind.FINANCIAL,
                        Strength.MODERATE, "support-funding"),
                SampleInput.dependency("dep-sdf-coalition-revenue", "sdf", "coalition",
                        DependencyKind.REVENUE_SECURITY, Strength.CRITICAL, "oil-rmeilan", "support-guard"),
                SampleInput.dependency("dep-coalition-kobani", "coalition", "base-kobani",
                        DependencyKind.MILITARY_CAPABILITY, Strength.CRITICAL, "base-kobani"));
        List<RiskJudgment> risks = List.of(contingency(), vulnerability());
        return new BriefInput(dossier, new Findings(deps, risks), "f".repeat(64), "a".repeat(64), "b".repeat(64),
                "0.1.0", null);
    }

    private static RiskJudgment contingency() {
        return new RiskJudgment("risk-drawdown-unpaid", "drawdown-unpaid-force", JudgmentKind.CONTINGENCY, "sdf", null,
                SampleInput.text("If the coalition draws down, the SDF could not pay salaries",
                        "إن قلّص التحالف وجوده، عجزت قسد عن دفع الرواتب"),
                SampleInput.text("Funding covers salaries.", "التمويل يغطي الرواتب."), "security",
                Likelihood.VERY_LIKELY, Impact.MAJOR, null, Rating.HIGH, null,
                new LikelihoodBasis(Likelihood.VERY_LIKELY, null, List.of(), List.of()),
                new TriggerAssessment(SampleInput.text("the coalition draws down", "تقليص التحالف وجوده"), null,
                        TriggerStance.NOT_REPORTED, List.of(), List.of()),
                Confidence.LOW, List.of(), List.of(), List.of(), "Recipient paid by its provider",
                List.of("dep-sdf-coalition-financial"), List.of());
    }

    private static RiskJudgment vulnerability() {
        return new RiskJudgment("risk-single-patron", "single-patron-concentration", JudgmentKind.VULNERABILITY, "sdf",
                null, SampleInput.text("Concentrated dependence of the SDF on the coalition",
                        "اعتماد قسد المركّز على التحالف"),
                SampleInput.text("Several kinds at once.", "أنواع عدة معًا."), "security", null, Impact.MAJOR,
                Strength.CRITICAL, Rating.HIGH, null, null, null, Confidence.LOW, List.of(), List.of(), List.of(),
                "Single-patron concentration", List.of("dep-sdf-coalition-financial"), List.of());
    }

    private static Brief build(Language language) {
        return BriefBuilder.build(input(), language, TEMPLATES, name -> null);
    }

    private static Figure figure(Brief brief, Class<? extends Diagram> type) {
        return BriefWalk.figures(brief).stream().filter(f -> type.isInstance(f.diagram())).findFirst().orElseThrow();
    }

    @Test
    void only_actors_are_nodes_the_base_relied_on_is_listed_on_its_node_and_the_oil_field_on_the_arrow() {
        DependencyGraph g = (DependencyGraph) figure(build(Language.EN), DependencyGraph.class).diagram();
        assertEquals(List.of("coalition", "sdf"), g.nodes().stream().map(DependencyGraph.Node::id).toList(),
                "no base or resource is a node");
        assertEquals(List.of("Kobani base: military capability"), g.nodes().get(0).reliesOn());
        assertTrue(g.edges().stream().allMatch(e -> e.from().equals("coalition")), "arrows run from the provider");
        assertTrue(g.edges().stream().allMatch(e -> e.to().equals("sdf")), "to the dependent");
        assertTrue(g.legend().arrow().contains("provider"), g.legend().arrow());
    }

    @Test
    void each_kind_of_dependency_is_its_own_arrow_in_the_colour_of_its_own_strength_and_the_legend_lists_both() {
        DependencyGraph g = (DependencyGraph) figure(build(Language.EN), DependencyGraph.class).diagram();
        // Funding is moderate and revenue security critical: two arrows, not one critical arrow for the pair.
        assertEquals(List.of(new DependencyGraph.Edge("coalition", "sdf", "revenue security (Rmeilan oil fields)",
                        Tone.CRITICAL), new DependencyGraph.Edge("coalition", "sdf", "funding", Tone.MEDIUM)),
                g.edges(), "one arrow per kind, strongest first");
        assertEquals(List.of(new DependencyGraph.Key(Tone.CRITICAL, "critical"),
                new DependencyGraph.Key(Tone.MEDIUM, "moderate")), g.legend().keys(), "every strength drawn, and only those");
        DependencyGraph ar = (DependencyGraph) figure(build(Language.AR), DependencyGraph.class).diagram();
        assertEquals(2, ar.edges().size());
        assertEquals(2, ar.legend().keys().size());
    }

    @Test
    void the_map_numbers_the_positioned_base_and_oil_field_and_says_positions_are_approximate() {
        Figure figure = figure(build(Language.EN), PlaceMap.class);
        PlaceMap map = (PlaceMap) figure.diagram();
        assertEquals(List.of(new PlaceMap.Place("1", "Kobani base", 36.89, 38.35, PlaceMap.Kind.BASE,
                        "evidence-base-kobani"),
                new PlaceMap.Place("2", "Rmeilan oil fields", 37.0, 41.93, PlaceMap.Kind.RESOURCE,
                        "evidence-oil-rmeilan")), map.places());
        assertTrue(figure.caption().contains("approximate"), figure.caption());
        assertTrue(map.note().startsWith("Positions are approximate"), map.note());
        PlaceMap ar = (PlaceMap) figure(build(Language.AR), PlaceMap.class).diagram();
        assertEquals("٢", ar.places().get(1).number(), "Arabic-Indic digits on the Arabic map");
    }

    @Test
    void without_positions_there_is_no_map() {
        Brief brief = BriefBuilder.build(SampleInput.input(), Language.EN, TEMPLATES, name -> null);
        assertFalse(BriefWalk.figures(brief).stream().anyMatch(f -> f.diagram() instanceof PlaceMap));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void contingencies_and_standing_conditions_have_a_body_section_after_the_risks(Language language) {
        Brief brief = build(language);
        List<String> anchors = brief.sections().stream().map(Section::anchor).toList();
        assertEquals(anchors.indexOf("risks") + 1, anchors.indexOf("contingencies"), anchors.toString());
        Section section = BriefWalk.section(brief, "contingencies");
        assertEquals(Part.BODY, section.part());
        assertEquals(List.of("standing-conditions"), section.subsections().stream().map(Section::anchor).toList());
        String contingency = text(((BulletList) section.blocks().get(1)).items().get(0));
        String condition = text(((BulletList) section.subsections().get(0).blocks().get(1)).items().get(0));
        if (language == Language.EN) {
            assertTrue(contingency.matches("R\\d+ If the coalition draws down, the SDF could not pay salaries: very"
                    + " likely \\(80–95%\\) if the trigger happens; impact major\\. The"
                    + " trigger \\(the coalition draws down\\) is neither reported nor denied.*"), contingency);
            // The section's introduction says once that a standing condition has a strength, not a likelihood.
            assertTrue(condition.endsWith(": strength critical; impact major."), condition);
        } else {
            assertTrue(contingency.contains("إن وقع الشرط؛ والأثر"), contingency);
            assertTrue(contingency.contains("وعن الشرط (تقليص التحالف وجوده)"), contingency);
            assertTrue(condition.contains(": القوة حاسمة؛ والأثر"), condition);
        }
    }

    @Test
    void the_dependency_table_words_the_dossiers_own_narrower_kind_of_the_support_a_tie_rests_on() {
        for (Language language : Language.values()) {
            Table table = BriefWalk.sheet(build(language), Anchors.DEPENDENCY_TABLE);
            List<String> kinds = table.rows().stream().map(r -> text(r.get(3).paragraphs().get(0))).toList();
            String narrow = language == Language.EN ? "revenue security (protection of oil fields)"
                    : "تأمين الإيرادات (حماية حقول النفط)";
            assertTrue(kinds.contains(narrow), kinds.toString());
            assertTrue(kinds.contains(language == Language.EN ? "funding" : "التمويل"),
                    "a tie on shipped kinds keeps its kind's word: " + kinds);
        }
    }

    private static String text(Paragraph p) {
        StringBuilder s = new StringBuilder();
        p.inlines().forEach(i -> s.append(i instanceof Span sp ? sp.text() : i instanceof Link l ? l.text() : ""));
        return s.toString();
    }
}
