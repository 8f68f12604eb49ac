package org.mizan.inference;

import java.util.HashMap;
import java.util.Map;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Agreement;
import org.mizan.dossier.Base;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Resource;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.Text;

/** What to call an actor or named fact in a sentence; its id when the dossier gives it no name. */
final class Names {

    private final Map<String, Text> names = new HashMap<>();

    Names(Dossier dossier) {
        dossier.facts().forEach(f -> {
            Text name = nameOf(f);
            if (name != null) {
                names.put(f.id(), name);
            }
        });
    }

    Text of(String id) {
        return names.getOrDefault(id, new Text(id, id));
    }

    private static Text nameOf(Fact f) {
        if (f instanceof Actor a) {
            return a.name();
        } else if (f instanceof Base b) {
            return b.name();
        } else if (f instanceof Resource r) {
            return r.name();
        } else if (f instanceof Agreement a) {
            return a.name();
        } else if (f instanceof SanctionsMeasure s) {
            return s.name();
        } else if (f instanceof org.mizan.dossier.Event e) {
            return e.title();
        }
        return null;
    }
}
