package org.mizan.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids a fact refers to, with the field that holds each. Claims may be about anything in the dossier; every
 * other reference names an actor. Evidence sources are checked with the evidence.
 */
final class References {

    enum Target { ACTOR, ANY_FACT }

    record Reference(String pointer, String id, Target target) {
    }

    private final List<Reference> found = new ArrayList<>();

    private References() {
    }

    static List<Reference> of(Fact fact) {
        References refs = new References();
        refs.collect(fact);
        return refs.found;
    }

    private void collect(Fact fact) {
        if (fact instanceof Actor a) {
            actor("/partOf", a.partOf());
        } else if (fact instanceof Support s) {
            actor("/provider", s.provider());
            actor("/recipient", s.recipient());
        } else if (fact instanceof Resource r) {
            actor("/controller", r.controller());
            actor("/protector", r.protector());
        } else if (fact instanceof Base b) {
            actor("/operator", b.operator());
        } else if (fact instanceof Goal g) {
            actor("/actor", g.actor());
            actor("/target", g.target());
        } else if (fact instanceof Relation r) {
            actor("/subject", r.subject());
            actor("/object", r.object());
        } else if (fact instanceof Claim c) {
            add("/subject", c.subject(), Target.ANY_FACT);
            actor("/by", c.by());
        } else {
            collectLists(fact);
        }
    }

    private void collectLists(Fact fact) {
        if (fact instanceof Agreement a) {
            actors("/parties", a.parties());
            actors("/sponsors", a.sponsors());
        } else if (fact instanceof SanctionsMeasure m) {
            actor("/by", m.by());
            actor("/target", m.target());
            actors("/conditionalOn", m.conditionalOn());
        } else if (fact instanceof Event e) {
            actors("/actors", e.actors());
        } else if (fact instanceof Plan p) {
            actors("/actors", p.actors());
        } else if (fact instanceof Threat t) {
            actor("/actor", t.actor());
        }
    }

    private void actor(String pointer, String id) {
        add(pointer, id, Target.ACTOR);
    }

    private void actors(String pointer, List<String> ids) {
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                actor(pointer + "/" + i, ids.get(i));
            }
        }
    }

    private void add(String pointer, String id, Target target) {
        if (id != null) {
            found.add(new Reference(pointer, id, target));
        }
    }
}
