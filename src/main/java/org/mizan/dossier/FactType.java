package org.mizan.dossier;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of fact a fact file may list, by the key that introduces them ({@code "bases": [...]}): any file may
 * hold any of them, so analysts can group facts as suits the story.
 */
public enum FactType {
    ACTORS("actors", "actor", Actor.class),
    SUPPORT("support", "support", Support.class),
    RESOURCES("resources", "resource", Resource.class),
    BASES("bases", "base", Base.class),
    GOALS("goals", "goal", Goal.class),
    RELATIONS("relations", "relation", Relation.class),
    CLAIMS("claims", "claim", Claim.class),
    AGREEMENTS("agreements", "agreement", Agreement.class),
    SANCTIONS("sanctions", "sanctions measure", SanctionsMeasure.class),
    EVENTS("events", "event", Event.class),
    PLANS("plans", "plan", Plan.class),
    THREATS("threats", "threat", Threat.class);

    private final String key;
    private final String label;
    private final Class<? extends Fact> recordType;

    FactType(String key, String label, Class<? extends Fact> recordType) {
        this.key = key;
        this.label = label;
        this.recordType = recordType;
    }

    /** The JSON key that introduces a list of these facts. */
    public String key() {
        return key;
    }

    /** How messages name one such fact ("base"). */
    public String label() {
        return label;
    }

    public Class<? extends Fact> recordType() {
        return recordType;
    }

    public static Optional<FactType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static FactType of(Fact fact) {
        return Arrays.stream(values()).filter(t -> t.recordType.isInstance(fact)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a dossier fact type: " + fact.getClass()));
    }

    /** All keys, comma separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(FactType::key).collect(Collectors.joining(", "));
    }
}
