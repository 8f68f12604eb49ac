package org.mizan.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
import org.mizan.dossier.Threat;

/** The fact collections a scenario may add to, under the same keys as the dossier files. */
public enum FactKind {
    ACTORS("actors", Actor.class),
    SUPPORTS("supports", Support.class),
    RESOURCES("resources", Resource.class),
    BASES("bases", Base.class),
    GOALS("goals", Goal.class),
    RELATIONS("relations", Relation.class),
    CLAIMS("claims", Claim.class),
    AGREEMENTS("agreements", Agreement.class),
    SANCTIONS("sanctions", SanctionsMeasure.class),
    EVENTS("events", Event.class),
    PLANS("plans", Plan.class),
    THREATS("threats", Threat.class);

    private final String key;
    private final Class<? extends Fact> type;

    FactKind(String key, Class<? extends Fact> type) {
        this.key = key;
        this.type = type;
    }

    public String key() {
        return key;
    }

    public Class<? extends Fact> type() {
        return type;
    }

    public static Optional<FactKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(FactKind::key).toList();
    }

    /** The lower-case name the user sees for a fact's type, e.g. "support". */
    public static String nameOf(Fact fact) {
        return fact.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
