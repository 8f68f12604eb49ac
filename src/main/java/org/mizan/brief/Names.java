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

    /**
     * How analysts write an actor after its first mention ("the coalition", «قسد»), for figures and tables
     * where space is short; the full name if the dossier gives no short form.
     */
    String shortOf(String id) {
        if (facts.get(id) instanceof org.mizan.dossier.Actor a && a.shortName() != null) {
            String words = a.shortName().in(wording.language());
            if (words != null && !words.isBlank()) {
                return capitalised(wording.prose(words));
            }
        }
        return of(id);
    }

    /**
     * An actor's full name as running text writes it: with "the" where its short form has one ("the
     * International Coalition against ISIS", because "the coalition"); as is otherwise, and always in Arabic.
     */
    String inProse(String id) {
        String full = of(id);
        if (wording.language() == org.mizan.dossier.Language.EN
                && facts.get(id) instanceof org.mizan.dossier.Actor a && a.shortName() != null
                && a.shortName().in(wording.language()) != null
                && a.shortName().in(wording.language()).startsWith("the ") && !full.startsWith("the ")) {
            return "the " + full;
        }
        return full;
    }

    /** "The coalition" where a label stands alone: a short form written for running text starts lower case. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** A short description of a fact, for the evidence table. */
    String describe(Fact fact) {
        Text text = textOf(fact);
        String words = text == null ? null : text.in(wording.language());
        if (words != null && !words.isBlank()) {
            // A name written for running text ("the proposed US base near Damascus") opens its own cell.
            return capitalised(wording.prose(words));
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
