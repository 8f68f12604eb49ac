package org.mizan.inference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed set of risk categories a risk type in rules/risks.json may name, so that "political" cannot stand
 * beside "politics" and split a category in two.
 */
public enum RiskCategory {
    ECONOMY("economy", "revenue, resources, sanctions and who pays for what"),
    PATRONAGE("patronage", "a client's dependence on one patron and what happens if the patron steps back"),
    POLITICS("politics", "legitimacy, credibility and the domestic politics of the actors"),
    PRESENCE("presence", "the foreign military presence itself: its bases, mission and duration"),
    REGIONAL("regional", "neighbouring states and regional understandings the actors are drawn into"),
    SECURITY("security", "attacks, armed groups and threats to people, bases and supply lines");

    private final String key;
    private final String covers;

    RiskCategory(String key, String covers) {
        this.key = key;
        this.covers = covers;
    }

    /** The word written in risks.json and findings.json. */
    public String key() {
        return key;
    }

    /** What belongs in the category, for the rule author's reference. */
    public String covers() {
        return covers;
    }

    public static Optional<RiskCategory> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(RiskCategory::key).toList();
    }
}
