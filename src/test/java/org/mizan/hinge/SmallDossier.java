package org.mizan.hinge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Actor;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Relation;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Support;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.Text;
import org.mizan.inference.RuleBase;

/** A patron, a partner force and the support between them: small enough to know what rests on what. */
final class SmallDossier {

    static final String PRESS = "press-1";
    private static RuleBase rules;

    private SmallDossier() {
    }

    /** The project's rules, compiled once for all tests of this package. */
    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.compile(Path.of(System.getProperty("mizan.project.dir", ".")).resolve("rules"));
        }
        return rules;
    }

    static Evidence cited(int credibility) {
        return new Evidence(PRESS, 1, "…", credibility, Attribution.PRESS_REPORT);
    }

    static Text text(String s) {
        return new Text(s, s);
    }

    static Actor actor(String id) {
        return new Actor(id, text(id), ActorKind.STATE, null, text(id), cited(1));
    }

    static Relation groundPartner(String force, String patron) {
        return new Relation("relation-" + force + "-partner", force, patron, RelationKind.GROUND_PARTNER,
                text("partner"), cited(1));
    }

    static Support support(String id, String patron, String force, SupportType type, int credibility) {
        return new Support(id, patron, force, type, text(id), cited(credibility));
    }

    static Dossier dossier(List<? extends Fact> facts) {
        Source press = new Source(PRESS, text("Press"), text("Title"), LocalDate.of(2025, 11, 10), text("Author"),
                Language.EN, Reliability.B);
        return new Dossier("small", text("Small"), List.of(press), List.copyOf(facts), Map.of(), "digest");
    }
}
