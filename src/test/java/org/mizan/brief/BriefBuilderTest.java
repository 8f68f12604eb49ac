package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.mizan.dossier.Language;

class BriefBuilderTest {

    private static Templates templates;

    @BeforeAll
    static void loadTemplates() {
        templates = Templates.load(SampleInput.templatesDir());
    }

    private static Brief build(Language language) {
        return BriefBuilder.build(SampleInput.input(), language, templates, name -> null);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void has_a_front_end_a_body_and_annexes_in_reading_order_after_the_title_block(Language language) {
        List<Section> sections = build(language).sections();
        assertEquals(List.of("judgments", "signposts", "source-summary", "background", "dependencies", "risks",
                "annex-risks", "sources", "method"),
                sections.stream().map(Section::anchor).toList());
        assertEquals(List.of(Part.FRONT, Part.FRONT, Part.FRONT, Part.BODY, Part.BODY, Part.BODY, Part.ANNEX,
                Part.ANNEX, Part.ANNEX), sections.stream().map(Section::part).toList());
    }

    @Test
    void annexes_are_lettered_in_order_and_the_body_refers_to_them_by_name() {
        List<Section> sections = build(Language.EN).sections();
        assertEquals(List.of("Annex A. Risks in full, and why we judge them", "Annex B. Sources and evidence",
                "Annex C. Method note"), sections.stream()
                .filter(s -> s.part() == Part.ANNEX).map(Section::title).toList());
        String risks = ((Paragraph) BriefWalk.section(build(Language.EN), "risks").blocks().get(0)).plainText();
        assertTrue(risks.contains("Annex A grades every one"), risks);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_link_target_is_an_anchor_and_anchors_are_unique(Language language) {
        Brief brief = build(language);
        List<String> anchors = BriefWalk.anchors(brief);
        assertEquals(anchors.size(), new HashSet<>(anchors).size(), "duplicate anchors: " + anchors);
        List<String> targets = BriefWalk.linkTargets(brief);
        assertFalse(targets.isEmpty());
        for (String target : targets) {
            assertTrue(anchors.contains(target), "no anchor for link target " + target);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void key_judgments_state_likelihood_and_confidence_in_separate_sentences(Language language) {
        Wording w = templates.wording(language);
        Section judgments = BriefWalk.section(build(language), "judgments");
        List<Paragraph> paragraphs = judgments.blocks().stream().map(b -> (Paragraph) b).toList();
        assertEquals(ParagraphRole.LEAD, paragraphs.get(0).role());
        List<String> sentences = paragraphs.stream()
                .flatMap(p -> IcdCheck.sentences(p.plainText()).stream()).toList();
        for (String sentence : sentences) {
            assertFalse(IcdCheck.mixes(w, sentence), "mixes likelihood and confidence: " + sentence);
        }
        long keyJudgments = paragraphs.stream().filter(p -> p.role() == ParagraphRole.KEY_JUDGMENT).count();
        assertEquals(1, keyJudgments, "the critical risk; the high one rests on it, so it is told once, as its"
                + " supporting finding; not the medium one");
        assertTrue(paragraphs.stream().filter(p -> p.role() == ParagraphRole.KEY_JUDGMENT)
                .noneMatch(p -> p.plainText().contains(w.label("prefix.risk") + w.number(2))),
                "R2 rests on R1 but is not listed on page 1: the front end carries no id lists");
        assertTrue(paragraphs.stream().anyMatch(p -> p.plainText().contains(w.word(
                org.mizan.inference.Likelihood.VERY_LIKELY))));
        assertTrue(paragraphs.stream().anyMatch(p -> p.role() == ParagraphRole.KEY_JUDGMENT
                && p.plainText().toLowerCase(java.util.Locale.ROOT).contains(w.label("word.confidence"))
                && p.plainText().contains(w.word(org.mizan.inference.Confidence.MODERATE))));
    }

    @Test
    void the_mixing_check_itself_catches_a_sentence_with_both() {
        Wording en = templates.wording(Language.EN);
        assertTrue(IcdCheck.mixes(en, "We judge this very likely, with high confidence."));
        assertFalse(IcdCheck.mixes(en, "We judge this very likely."));
    }

    @Test
    void the_arabic_brief_has_no_latin_letters_but_ids_grades_checksums_and_version() {
        Brief brief = build(Language.AR);
        Set<String> kept = new HashSet<>(List.of("SHA-256", "0.1.0", brief.metadata().documentId(),
                "evidence-ar.xlsx"));
        SampleInput.dossier().facts().forEach(f -> kept.add(f.id()));
        for (String text : BriefWalk.visibleText(brief)) {
            String rest = text;
            for (String k : kept) {
                rest = rest.replace(k, "");
            }
            // Admiralty grades keep their Latin letters in both languages ("C3"; "A" in the scale's table).
            // The colophon's dossier checksum is its first 12 hex digits.
            rest = rest.replaceAll("\\b[A-F][1-6]?\\b", "").replaceAll("\\b[0-9a-f]{12}([0-9a-f]{52})?\\b", "");
            assertFalse(rest.matches("(?s).*[A-Za-z].*"), "Latin letters in Arabic text: " + text);
        }
    }

    @Test
    void the_arabic_brief_writes_dates_and_numbers_in_arabic_indic_digits() {
        Brief brief = build(Language.AR);
        assertTrue(brief.metadata().subtitle().contains("١٠ نوفمبر ٢٠٢٥"), brief.metadata().subtitle());
        assertEquals("صفحة ٣ من ١٢", brief.metadata().pageWords().format(3, 12));
        Table timeline = BriefWalk.table(brief, "table-timeline");
        assertEquals("سبتمبر ٢٠١٤", timeline.rows().get(0).get(0).paragraphs().get(0).plainText());
        assertEquals("خ١", ((RiskMatrix) BriefWalk.figures(brief).get(1).diagram()).entries().get(0).label());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_evidence_annex_lists_the_facts_the_pages_cite_and_the_workbook_every_fact(Language language) {
        Brief brief = build(language);
        Table evidence = BriefWalk.table(brief, "table-evidence");
        List<String> anchors = evidence.rows().stream().map(r -> r.get(0).anchor()).toList();
        Set<String> cited = new HashSet<>(BriefWalk.linkTargets(brief));
        cited.removeIf(t -> !t.startsWith("evidence-"));
        assertEquals(cited, Set.copyOf(anchors), "a row for each cited fact, and none for another");
        assertEquals(cited.size(), anchors.size());
        assertFalse(anchors.contains("evidence-claim-uncited"), "a fact no judgment rests on stays out");
        Set<String> all = new HashSet<>();
        SampleInput.dossier().facts().forEach(f -> all.add(f.id()));
        assertEquals(all, brief.evidence().rows().stream().map(EvidenceBook.Row::id).collect(
                java.util.stream.Collectors.toSet()), "the workbook has every fact");
        assertEquals(all.size(), brief.evidence().rows().size());
    }

    @Test
    void the_arabic_brief_quotes_excerpts_verbatim_but_writes_its_own_numbers_in_arabic_indic_digits() {
        Brief brief = build(Language.AR);
        Table evidence = BriefWalk.table(brief, "table-evidence");
        List<String> excerpts = brief.evidence().rows().stream().map(EvidenceBook.Row::excerpt).toList();
        assertTrue(excerpts.contains("تحرير الرقة عام 2017"), "quoted as the source has it: " + excerpts);
        List<String> paragraphs = evidence.rows().stream().map(r -> r.get(3).paragraphs()
                .get(r.get(3).paragraphs().size() - 1).plainText()).toList();
        assertTrue(paragraphs.contains("الفقرة ١٤"), paragraphs.toString());
    }

    @Test
    void a_relation_without_its_own_wording_is_named_by_its_two_actors() {
        Names names = new Names(SampleInput.dossier().factsById(), templates.wording(Language.EN));
        var relation = new org.mizan.dossier.Relation("relation-x", "sdf", "coalition",
                org.mizan.dossier.RelationKind.GROUND_PARTNER, null, null);
        assertEquals("Syrian Democratic Forces — International coalition", names.describe(relation));
    }

    @Test
    void the_english_brief_keeps_arabic_excerpts_in_arabic() {
        Brief brief = build(Language.EN);
        Table evidence = BriefWalk.table(brief, "table-evidence");
        List<String> excerpts = brief.evidence().rows().stream().map(EvidenceBook.Row::excerpt).toList();
        assertTrue(excerpts.contains("تمويل سنوي بمئات الملايين من الدولارات"), excerpts.toString());
        List<String> grades = evidence.rows().stream().map(r -> r.get(2).paragraphs().get(0).plainText()
                .split(" ")[0]).toList();
        assertTrue(grades.contains("C3") && grades.contains("C2"), grades.toString());
    }

    @Test
    void a_risk_resting_on_another_risk_links_to_it_and_to_the_facts_it_cites_itself() {
        Table risks = BriefWalk.table(build(Language.EN), "table-risks");
        List<Cell> drawdown = risks.rows().get(1);
        assertEquals("risk-risk-drawdown", drawdown.get(0).anchor());
        List<String> targets = drawdown.get(1).paragraphs().stream().flatMap(p -> p.inlines().stream())
                .filter(i -> i instanceof Link).map(i -> ((Link) i).target()).toList();
        // The facts further down (support-arms, under risk-single-patron) are cited by the risk it rests on.
        assertEquals(List.of("risk-risk-single-patron", "evidence-support-funding"), targets);
    }

    @Test
    void the_findings_a_risk_rests_on_are_listed_in_the_order_the_brief_shows_them() {
        Table risks = BriefWalk.table(build(Language.EN), "table-risks");
        Paragraph restsOn = risks.rows().get(0).get(1).paragraphs().get(0);
        assertTrue(restsOn.plainText().matches("Rests on: D2, D3(; .*)?"), "because lists D3 first: "
                + restsOn.plainText());
    }

    @Test
    void the_risk_matrix_places_each_risk_by_likelihood_and_impact_and_shades_by_rating() {
        RiskMatrix matrix = (RiskMatrix) BriefWalk.figures(build(Language.EN)).get(1).diagram();
        assertEquals(List.of("almost certain", "very likely", "likely", "roughly even chance", "unlikely",
                "very unlikely", "almost no chance"), matrix.rowLabels());
        assertEquals("minor", matrix.columnLabels().get(0));
        RiskMatrix.Entry first = matrix.entries().get(0);
        assertEquals(new RiskMatrix.Entry("R1", 1, 3, "risk-risk-single-patron"), first);
        assertEquals(Tone.CRITICAL, matrix.cellTones().get(1).get(3));
        assertEquals(Tone.MEDIUM, matrix.cellTones().get(4).get(1), "the medium risk's own rating");
        assertEquals(Tone.LOW, matrix.cellTones().get(6).get(0));
    }

    @Test
    void the_dependency_graph_draws_each_kind_from_provider_to_dependent_in_its_own_strength_and_weighs_actors() {
        DependencyGraph graph = (DependencyGraph) BriefWalk.figures(build(Language.EN)).get(0).diagram();
        assertEquals(new DependencyGraph.Node("coalition", "International coalition", 3, "Relies on", List.of()),
                graph.nodes().get(0));
        assertEquals(List.of(
                new DependencyGraph.Edge("coalition", "government", List.of("legitimacy"), Tone.MEDIUM),
                new DependencyGraph.Edge("coalition", "sdf", List.of("military capability"), Tone.CRITICAL),
                new DependencyGraph.Edge("coalition", "sdf", List.of("funding"), Tone.HIGH)),
                graph.edges(), "one arrow per kind, each in its own strength, not the pair's strongest");
        assertEquals(List.of(new DependencyGraph.Key(Tone.CRITICAL, "critical"),
                new DependencyGraph.Key(Tone.HIGH, "strong"), new DependencyGraph.Key(Tone.MEDIUM, "moderate")),
                graph.legend().keys());
    }

    @Test
    void indicators_and_assumptions_are_one_compact_line_each_in_the_risks_own_row() {
        Section risks = BriefWalk.section(build(Language.EN), "annex-risks");
        assertEquals(List.of(), risks.subsections(), "no list apart from the rows");
        List<String> why = BriefWalk.table(build(Language.EN), "table-risks").rows().get(0).get(1).paragraphs()
                .stream().map(Paragraph::plainText).toList();
        assertTrue(why.stream().anyMatch(p -> p.startsWith("Indicators to watch: Salary delays; Convoy cuts")), why
                .toString());
    }

    @Test
    void the_same_input_gives_an_equal_brief() {
        for (Language language : Language.values()) {
            assertEquals(build(language), build(language));
        }
    }

    @Test
    void the_brief_is_dated_by_its_newest_source_unless_source_date_epoch_is_set() {
        assertEquals(Instant.parse("2025-11-10T00:00:00Z"), build(Language.EN).metadata().timestamp());
        Brief pinned = BriefBuilder.build(SampleInput.input(), Language.EN, templates,
                Map.of("SOURCE_DATE_EPOCH", "1700000000")::get);
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), pinned.metadata().timestamp());
    }

    @Test
    void the_document_id_depends_on_the_digests_and_the_language() {
        String en = build(Language.EN).metadata().documentId();
        assertEquals(32, en.length());
        assertNotEquals(en, build(Language.AR).metadata().documentId());
        BriefInput otherRules = new BriefInput(SampleInput.dossier(), SampleInput.findings(), "f".repeat(64),
                "c".repeat(64), "b".repeat(64), "0.1.0", null);
        assertNotEquals(en, BriefBuilder.build(otherRules, Language.EN, templates, n -> null).metadata()
                .documentId());
    }

    @Test
    void the_marking_and_page_words_come_from_the_templates() {
        Metadata en = build(Language.EN).metadata();
        assertEquals("OPEN SOURCE — FOR ANALYSIS", en.marking());
        assertEquals("Page 2 of 9", en.pageWords().format(2, 9));
        assertEquals("مصادر مفتوحة — لأغراض التحليل", build(Language.AR).metadata().marking());
    }
}
