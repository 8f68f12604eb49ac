package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/** The validator works on a dossier built in memory (as a scenario builds one), placing problems by origins. */
class DossierValidatorTest {

    static final Source SOURCE = new Source("src", new Text("P", "ن"), new Text("T", "ع"), LocalDate.of(2025, 11, 10),
            null, Language.AR, Reliability.C, 46);
    static final Evidence EVIDENCE = new Evidence("src", 7, "x", 2, Attribution.PRESS_REPORT);
    static final Actor US = new Actor("us", new Text("US", "أ"), ActorKind.STATE, null, null, EVIDENCE);
    static final SourceLocation US_AT = new SourceLocation("facts/actors.json", 3, 5);
    static final SourceLocation BASE_AT = new SourceLocation("facts/scenarios/drawdown.json", 12, 7);

    private static Dossier dossier(Fact... facts) {
        return new Dossier("d", new Text("D", "د"), List.of(SOURCE), List.of(facts),
                Map.of("us", US_AT, "base-x", BASE_AT), "0".repeat(64));
    }

    private static Base base(String operator, BaseStatus status) {
        return new Base("base-x", new Text("X", "س"), new Text("X", "س"), operator, BaseRole.LOGISTICS, status, EVIDENCE);
    }

    @Test
    void a_sound_dossier_has_no_problems() {
        assertEquals(List.of(), DossierValidator.validate(dossier(US, base("us", BaseStatus.ACTIVE))));
    }

    @Test
    void the_real_dossier_has_no_problems() {
        assertEquals(List.of(), DossierValidator.validate(DossierLoader.load(ProjectFiles.factsDir())));
    }

    @Test
    void without_field_locations_a_problem_is_placed_at_its_facts_origin() {
        assertEquals(List.of(new Problem(BASE_AT, "unknown actor \"usa\" in \"operator\" (declare it under \"actors\","
                + " e.g. in facts/actors.json)")), DossierValidator.validate(dossier(US, base("usa", BaseStatus.ACTIVE))));
    }

    @Test
    void a_null_required_component_is_missing() {
        Base noStatus = base("us", null);
        assertEquals(List.of(new Problem(BASE_AT, "missing field \"status\" in base \"base-x\"")),
                DossierValidator.validate(dossier(US, noStatus)));
    }

    @Test
    void a_zero_paragraph_or_credibility_reads_as_missing() {
        Evidence blank = new Evidence("src", 0, "x", 0, Attribution.PRESS_REPORT);
        Actor actor = new Actor("us", new Text("US", "أ"), ActorKind.STATE, null, null, blank);
        assertEquals(List.of(
                new Problem(US_AT, "missing field \"evidence.paragraph\" in actor \"us\": cite the paragraph the excerpt"
                        + " is from (1–46)"),
                new Problem(US_AT, "missing field \"evidence.credibility\" in actor \"us\" (1–6: 1 confirmed,"
                        + " 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged)")),
                DossierValidator.validate(dossier(actor)));
    }

    @Test
    void a_source_without_a_paragraph_count_only_needs_positive_paragraphs() {
        Source undeclared = new Source("src", new Text("P", "ن"), new Text("T", "ع"), LocalDate.of(2025, 11, 10),
                null, Language.AR, Reliability.C);
        Actor far = new Actor("us", new Text("US", "أ"), ActorKind.STATE, null, null,
                new Evidence("src", 400, "x", 2, Attribution.PRESS_REPORT));
        Dossier dossier = new Dossier("d", new Text("D", "د"), List.of(undeclared), List.of(far), Map.of(), "");
        assertEquals(List.of(), DossierValidator.validate(dossier));
    }

    @Test
    void ids_declared_but_unreadable_are_not_reported_again_as_unknown() {
        List<Problem> problems = new DossierValidator(Locator.ofOrigins(dossier()), Set.of("ghost"))
                .check(dossier(US, base("ghost", BaseStatus.ACTIVE)));
        assertEquals(List.of(), problems);
    }

    @Test
    void an_official_denial_names_who_denied() {
        Claim denial = new Claim("claim-x", "us", ClaimKind.OFFICIAL_DENIAL, null, new Text("X", "س"), EVIDENCE);
        Claim assessment = new Claim("claim-y", "us", ClaimKind.ASSESSMENT, null, new Text("X", "س"), EVIDENCE);
        List<Problem> problems = DossierValidator.validate(dossier(US, denial, assessment));
        assertEquals(List.of("an official denial needs \"by\": the actor who denied it"),
                problems.stream().map(Problem::message).toList());
    }

    @Test
    void an_actor_is_not_related_to_itself() {
        Relation self = new Relation("relation-x", "us", "us", RelationKind.ADVISES, null, EVIDENCE);
        Support selfSupport = new Support("support-x", "us", "us", SupportType.FUNDING, null, EVIDENCE);
        assertEquals(List.of("\"us\" cannot be both \"subject\" and \"object\"",
                        "\"us\" cannot be both \"provider\" and \"recipient\""),
                DossierValidator.validate(dossier(US, self, selfSupport)).stream().map(Problem::message).toList());
    }

    @Test
    void a_fact_without_any_origin_is_placed_at_the_dossier() {
        Base elsewhere = new Base("base-y", new Text("Y", "ص"), new Text("Y", "ص"), "usa", BaseRole.LOGISTICS,
                BaseStatus.ACTIVE, EVIDENCE);
        assertEquals(SourceLocation.ofFile("dossier d"), DossierValidator.validate(dossier(US, elsewhere)).get(0).where());
    }

    @Test
    void credibility_one_without_a_confirming_second_source_is_an_error_at_the_grade() {
        Actor graded = new Actor("us", new Text("US", "أ"), ActorKind.STATE, null, null,
                new Evidence("src", 7, "x", 1, Attribution.OFFICIALLY_ANNOUNCED));
        List<Problem> problems = DossierValidator.validate(dossier(graded));
        assertEquals(1, problems.size());
        assertEquals(US_AT, problems.get(0).where());
        assertEquals("credibility 1 (\"confirmed by other sources\") but no other source of the dossier confirms actor"
                + " \"us\": add an item of evidence from an independent source, or grade it 2", problems.get(0).message());
    }

    @Test
    void one_quotation_carries_one_grade_unless_the_item_says_why() {
        // The same excerpt of the same paragraph, quoted by the actor graded 2 and by the base graded 3; the same
        // words from another paragraph (the near miss) may carry another grade.
        Evidence sameWords = new Evidence("src", 7, "x", 3, Attribution.PRESS_REPORT);
        Evidence otherParagraph = new Evidence("src", 8, "x", 3, Attribution.PRESS_REPORT);
        Base quoting = new Base("base-x", new Text("X", "س"), new Text("X", "س"), "us", BaseRole.LOGISTICS,
                BaseStatus.ACTIVE, sameWords);
        List<Problem> problems = DossierValidator.validate(dossier(US, quoting));
        assertEquals(List.of(new Problem(BASE_AT, "credibility 3 for an excerpt of paragraph 7 of source \"src\" that"
                + " actor \"us\" grades 2 at facts/actors.json:3:5: give the same quotation one grade, or say why this"
                + " one differs under \"gradeReason\" ({\"en\", \"ar\"})")), problems);
        Base elsewhere = new Base("base-x", new Text("X", "س"), new Text("X", "س"), "us", BaseRole.LOGISTICS,
                BaseStatus.ACTIVE, otherParagraph);
        assertEquals(List.of(), DossierValidator.validate(dossier(US, elsewhere)));
        Base saysWhy = new Base("base-x", new Text("X", "س"), new Text("X", "س"), "us", BaseRole.LOGISTICS,
                BaseStatus.ACTIVE, new Evidence("src", 7, "x", 3, Attribution.PRESS_REPORT, null, null,
                new Text("Graded for the base's status, which the source hedges", "…")));
        assertEquals(List.of(), DossierValidator.validate(dossier(US, saysWhy)));
    }

    @Test
    void a_fact_supersedes_a_known_fact_other_than_itself() {
        Base later = new Base("base-x", new Text("X", "س"), new Text("X", "س"), "us", Term.of(BaseRole.LOGISTICS),
                Term.of(BaseStatus.CLOSED), List.of(EVIDENCE), List.of("base-gone", "base-x"));
        List<String> messages = DossierValidator.validate(dossier(US, later)).stream().map(Problem::message).toList();
        assertEquals(List.of("unknown id \"base-gone\" in \"supersedes\" (name the fact of the dossier this one overtakes)",
                "base \"base-x\" cannot supersede itself"), messages);
    }

    @Test
    void an_event_dated_before_one_it_follows_is_an_error() {
        Event first = new Event("event-a", "2019-03", new Text("A", "أ"), Term.of(EventKind.BATTLE), List.of("us"),
                null, List.of(), List.of(EVIDENCE), List.of());
        Event then = new Event("event-b", "2017", new Text("B", "ب"), Term.of(EventKind.MILITARY_OPERATION), List.of("us"),
                null, List.of("event-a"), List.of(EVIDENCE), List.of());
        List<String> messages = DossierValidator.validate(dossier(US, first, then)).stream().map(Problem::message).toList();
        assertEquals(List.of("event \"event-b\" is dated 2017, before 2019-03 of \"event-a\", which it follows:"
                + " correct the date or \"after\""), messages);
    }
}
