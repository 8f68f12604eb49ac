package org.mizan.inference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.*;

/** Small facts for rule tests, each citing a test press source unless told otherwise. */
final class TestFacts {

    static final String PRESS = "press-1";
    static final Evidence CITED = cited(PRESS, 2);

    private TestFacts() {
    }

    static Evidence cited(String source, int credibility) {
        return new Evidence(source, 1, "…", credibility, Attribution.PRESS_REPORT);
    }

    static Text text(String s) {
        return new Text(s, s);
    }

    static Actor actor(String id, ActorKind kind, String partOf) {
        return new Actor(id, text(id), kind, partOf, text(id), CITED);
    }

    static Support support(String id, String provider, String recipient, SupportType type) {
        return new Support(id, provider, recipient, type, text(id), CITED);
    }

    static Relation relation(String id, String subject, RelationKind kind, String object) {
        return new Relation(id, subject, object, kind, text(id), CITED);
    }

    static Resource oilField(String id, String controller, String protector) {
        return new Resource(id, text(id), ResourceKind.OIL_FIELD, controller, protector, CITED);
    }

    static Base base(String id, String operator, BaseRole role, BaseStatus status) {
        return new Base(id, text(id), text("somewhere"), operator, role, status, CITED);
    }

    static Goal goal(String id, String actor, GoalKind kind, String target) {
        return new Goal(id, actor, target, kind, text(id), CITED);
    }

    static Claim claim(String id, String subject, ClaimKind kind, String by) {
        return new Claim(id, subject, kind, by, text(id), CITED);
    }

    static Agreement understanding(String id, List<String> parties, List<String> sponsors) {
        return new Agreement(id, text(id), AgreementKind.UNDERSTANDING, parties, sponsors, List.of(), CITED);
    }

    static SanctionsMeasure sanctions(String id, SanctionsStep step, List<String> conditionalOn) {
        return new SanctionsMeasure(id, text(id), step, text("north-east"), conditionalOn, CITED);
    }

    /** A sanctions step taken {@code by} one actor against a {@code target} (either may be null). */
    static SanctionsMeasure sanctionsBy(String id, SanctionsStep step, String by, String target) {
        return new SanctionsMeasure(id, text(id), Term.of(step), text("everywhere"), List.of(), List.of(CITED),
                List.of(), by, target, null);
    }

    static Event event(String id, EventKind kind, List<String> actors) {
        return new Event(id, "2019-03", text(id), kind, actors, CITED);
    }

    static Plan plan(String id, PlanKind kind, List<String> actors) {
        return new Plan(id, text(id), kind, actors, "2025-12", CITED);
    }

    static Threat threat(String id, String actor, ThreatStatus status) {
        return new Threat(id, actor, text("somewhere"), status, CITED);
    }

    static Source source(String id, Reliability reliability) {
        return new Source(id, text("Publisher " + id), text("Title"), LocalDate.of(2025, 11, 10), text("Author"),
                Language.AR, reliability);
    }

    /** A dossier around {@code facts}, citing the test press source graded {@code B}. */
    static Dossier dossier(List<? extends Fact> facts, Source... sources) {
        List<Source> all = sources.length == 0 ? List.of(source(PRESS, Reliability.B)) : List.of(sources);
        return new Dossier("test", text("Test"), all, List.copyOf(facts), Map.of(), "digest");
    }
}
