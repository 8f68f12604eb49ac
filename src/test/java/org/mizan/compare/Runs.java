package org.mizan.compare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.*;
import org.mizan.inference.*;
import org.mizan.problem.SourceLocation;

/** A small dossier and hand-made findings: a patron funds and arms a partner force, and the risk that rests on it. */
final class Runs {

    static final Source PRESS = new Source("press", new Text("Press", "صحافة"), new Text("Report", "تقرير"),
            LocalDate.of(2025, 11, 10), null, Language.AR, Reliability.C, 10);

    private Runs() {
    }

    static Evidence cited(int paragraph, String excerpt) {
        return new Evidence("press", paragraph, excerpt, 2, Attribution.PRESS_REPORT);
    }

    static Actor actor(String id, String en, String ar) {
        return new Actor(id, new Text(en, ar), ActorKind.ARMED_FORCE, null, null, cited(1, id));
    }

    static Support support(String id, String provider, String recipient, SupportType type) {
        return new Support(id, provider, recipient, type, null, cited(3, "excerpt of " + id));
    }

    static Dossier dossier(List<Fact> facts) {
        Map<String, SourceLocation> origins = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            origins.put(facts.get(i).id(), new SourceLocation("facts/test.json", 10 * (i + 1), 5));
        }
        return new Dossier("test", new Text("Test", "اختبار"), List.of(PRESS), facts, origins, "digest");
    }

    /** Patron and partner force, with funding and arms from the patron. */
    static List<Fact> baseFacts() {
        return List.of(actor("patron", "Patron", "الراعي"), actor("force", "Force", "القوة"),
                support("support-funding", "patron", "force", SupportType.FUNDING),
                support("support-arms", "patron", "force", SupportType.ARMS_AND_TRAINING));
    }

    static Dependency dependency(String id, DependencyKind kind, Strength strength, String rule, String... because) {
        return new Dependency(id, "force", "patron", kind, strength, rule, List.of(because));
    }

    static RiskJudgment risk(String id, String type, Rating rating, Likelihood likelihood, Confidence confidence,
                             String rule, String... because) {
        return new RiskJudgment(id, type, new Text("Risk " + type, "خطر " + type), new Text("s", "م"), "security",
                likelihood, Impact.MAJOR, rating, confidence, List.of(), List.of(), List.of(), rule, List.of(because));
    }

    static Findings findings(List<Dependency> dependencies, List<RiskJudgment> risks) {
        return new Findings(dependencies, risks);
    }
}
