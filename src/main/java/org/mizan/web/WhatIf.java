package org.mizan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the analyst asked to see: a scenario (or none, the baseline), facts and rules switched off. Data only:
 * every name is checked against the ids that exist, so nothing from the browser reaches a file path or the rule
 * engine as code. It travels in the page's query string, so a view can be bookmarked and its downloads match it.
 */
record WhatIf(String scenario, Set<String> factsOff, Set<String> rulesOff) {

    static final WhatIf BASELINE = new WhatIf(null, Set.of(), Set.of());

    /** Ids in this project are short slugs; rule names are phrases. Anything else is refused before lookup. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Pattern RULE = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final int MAX_SWITCHES = 500;

    WhatIf {
        factsOff = Set.copyOf(new TreeSet<>(factsOff));
        rulesOff = Set.copyOf(new TreeSet<>(rulesOff));
    }

    boolean isBaseline() {
        return scenario == null && factsOff.isEmpty() && rulesOff.isEmpty();
    }

    /** Reads {@code scenario}, {@code fact} and {@code rule} parameters, refusing unknown or malformed names. */
    static WhatIf parse(Map<String, List<String>> params, Snapshot snapshot) {
        String scenario = first(params.get("scenario"));
        if (scenario != null && (!org.mizan.pipeline.Analysis.isScenarioName(scenario) || !snapshot.scenarios().containsKey(scenario))) {
            throw new BadRequest("unknown scenario: " + Html.clip(scenario));
        }
        Set<String> facts = checked(params.get("fact"), ID, snapshot.inputs().dossier().factsById().keySet(), "fact");
        Set<String> rules = checked(params.get("rule"), RULE, snapshot.inputs().rules().ruleNames(), "rule");
        for (String rule : rules) {
            if (!snapshot.inputs().rules().switchableRules().contains(rule)) {
                throw new BadRequest("rule \"" + Html.clip(rule) + "\" is a row of the rating table, which cannot be "
                        + "switched off on its own: every risk needs its rating (edit the table instead)");
            }
        }
        return new WhatIf(scenario, facts, rules);
    }

    /** The query string that reproduces this view (without the language). */
    String query() {
        List<String> parts = new ArrayList<>();
        if (scenario != null) {
            parts.add("scenario=" + encode(scenario));
        }
        new TreeSet<>(factsOff).forEach(f -> parts.add("fact=" + encode(f)));
        new TreeSet<>(rulesOff).forEach(r -> parts.add("rule=" + encode(r)));
        return String.join("&", parts);
    }

    private static Set<String> checked(List<String> values, Pattern shape, Collection<String> known, String what) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > MAX_SWITCHES) {
            throw new BadRequest("too many " + what + " switches");
        }
        Set<String> out = new TreeSet<>();
        for (String v : values) {
            if (v.isEmpty()) {
                continue;
            }
            if (!shape.matcher(v).matches() || !known.contains(v)) {
                throw new BadRequest("unknown " + what + ": " + Html.clip(v));
            }
            out.add(v);
        }
        return out;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
