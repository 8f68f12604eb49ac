package org.mizan.brief;

import java.util.Map;

import org.mizan.dossier.Fact;
import org.mizan.dossier.Relation;
import org.mizan.dossier.Text;

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

    /** The dossier says how a fact names itself; the brief only decides which language to show. */
    private static Text textOf(Fact fact) {
        return org.mizan.dossier.Names.of(fact).orElse(null);
    }
}
