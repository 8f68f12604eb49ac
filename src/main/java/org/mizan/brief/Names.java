package org.mizan.brief;

import java.util.Map;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Agreement;
import org.mizan.dossier.Base;
import org.mizan.dossier.Claim;
import org.mizan.dossier.Event;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Goal;
import org.mizan.dossier.Plan;
import org.mizan.dossier.Relation;
import org.mizan.dossier.Resource;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.Support;
import org.mizan.dossier.Text;
import org.mizan.dossier.Threat;

/** How facts are named in the brief: by their own name or title in the brief's language, never by an id. */
final class Names {

    private final Map<String, Fact> facts;
    private final Wording wording;

    Names(Map<String, Fact> facts, Wording wording) {
        this.facts = facts;
        this.wording = wording;
    }

    /** The name of the fact with this id (an actor, a base…), or the id itself if the dossier lacks it. */
    String of(String id) {
        Fact fact = facts.get(id);
        return fact == null ? id : describe(fact);
    }

    /** A short description of a fact, for the evidence table. */
    String describe(Fact fact) {
        Text text = textOf(fact);
        String words = text == null ? null : text.in(wording.language());
        if (words != null && !words.isBlank()) {
            return wording.prose(words);
        }
        if (fact instanceof Relation r) {
            return of(r.subject()) + " — " + of(r.object());
        }
        return fact.id();
    }

    private static Text textOf(Fact fact) {
        if (fact instanceof Actor a) {
            return a.name();
        } else if (fact instanceof Base b) {
            return b.name();
        } else if (fact instanceof Resource r) {
            return r.name();
        } else if (fact instanceof Agreement a) {
            return a.name();
        } else if (fact instanceof SanctionsMeasure s) {
            return s.name();
        } else if (fact instanceof Event e) {
            return e.title();
        } else if (fact instanceof Plan p) {
            return p.title();
        } else if (fact instanceof Goal g) {
            return g.detail();
        } else if (fact instanceof Support s) {
            return s.detail();
        } else if (fact instanceof Claim c) {
            return c.statement();
        } else if (fact instanceof Relation r) {
            return r.detail();
        } else if (fact instanceof Threat t) {
            return t.area();
        }
        return null;
    }
}
