package org.mizan.dossier;

import java.util.Optional;

/**
 * What a brief calls a fact or actor: its name or title in both languages. Facts without a name of their own
 * (support, relations, goals, claims, threats) are called by their detail, statement or area when they have one.
 */
public final class Names {

    private Names() {
    }

    /** The fact's name; the id itself, in both languages, for an unknown id or a fact with nothing to show. */
    public static Text of(Dossier dossier, String id) {
        return dossier.fact(id).flatMap(Names::of).orElse(new Text(id, id));
    }

    public static Optional<Text> of(Fact fact) {
        return Optional.ofNullable(nameOf(fact));
    }

    private static Text nameOf(Fact fact) {
        if (fact instanceof Actor a) {
            return a.name();
        } else if (fact instanceof Base b) {
            return b.name();
        } else if (fact instanceof Resource r) {
            return r.name();
        } else if (fact instanceof Agreement a) {
            return a.name();
        } else if (fact instanceof SanctionsMeasure m) {
            return m.name();
        } else if (fact instanceof Event e) {
            return e.title();
        } else if (fact instanceof Plan p) {
            return p.title();
        }
        return describedBy(fact);
    }

    private static Text describedBy(Fact fact) {
        if (fact instanceof Support s) {
            return s.detail();
        } else if (fact instanceof Relation r) {
            return r.detail();
        } else if (fact instanceof Goal g) {
            return g.detail();
        } else if (fact instanceof Claim c) {
            return c.statement();
        }
        return fact instanceof Threat t ? t.area() : null;
    }
}
