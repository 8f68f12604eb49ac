package org.mizan.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;
import org.mizan.problem.SourceLocation;

/**
 * A "what if" over a baseline dossier: facts removed, added and changed, rules switched off, and what the analyst
 * expects the findings to show. {@code origins} says where in the scenario file each removed, added or changed id
 * is named; {@code digest} is the SHA-256 of the scenario file.
 */
public record Scenario(String name, String file, String baseline, Text title, Text description,
                       List<String> remove, List<Fact> add, List<FieldChange> change, Set<String> switchOff,
                       List<Expectation> expect, Map<String, SourceLocation> origins, String digest) {

    public Scenario {
        remove = List.copyOf(remove);
        add = List.copyOf(add);
        change = List.copyOf(change);
        switchOff = Set.copyOf(switchOff);
        expect = List.copyOf(expect);
        origins = Map.copyOf(origins);
    }

    /** The id that a scenario's own evidence cites as its source: one paragraph, the analyst's hypothesis. */
    public String sourceId() {
        return sourceIdOf(name);
    }

    /**
     * {@code scenario-NAME}, for a name in lower kebab case as ids are; any other name (an Arabic one, say) gets a
     * short checksum of itself in its place, so the id stays a valid one and is the same on every run.
     */
    static String sourceIdOf(String name) {
        if (name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return "scenario-" + name;
        }
        return "scenario-" + sha256(name).substring(0, 12);
    }

    /**
     * The baseline with this scenario's changes; the baseline is left as it was. Added and changed facts take
     * their origin from the scenario file, so explanations point at the hypothesis rather than the dossier.
     */
    public Dossier apply(Dossier baseline) {
        List<Fact> facts = new ArrayList<>();
        for (Fact fact : baseline.facts()) {
            if (!remove.contains(fact.id())) {
                facts.add(changed(fact));
            }
        }
        facts.addAll(add);
        Map<String, SourceLocation> where = new HashMap<>(baseline.origins());
        where.putAll(origins);
        remove.forEach(where::remove);
        return baseline.withFacts(sources(baseline, facts), facts, where,
                sha256(baseline.digest() + "\n" + digest));
    }

    private Fact changed(Fact fact) {
        Fact result = fact;
        for (FieldChange c : change) {
            if (c.factId().equals(fact.id())) {
                result = c.applyTo(result);
            }
        }
        return result;
    }

    private List<Source> sources(Dossier baseline, List<Fact> facts) {
        List<Source> sources = new ArrayList<>(baseline.sources());
        boolean cited = facts.stream().anyMatch(f -> f.evidence() != null && sourceId().equals(f.evidence().source()));
        if (cited && baseline.source(sourceId()).isEmpty()) {
            sources.add(new Source(sourceId(), new Text("Mizan scenario", "سيناريو ميزان"), title,
                    baseline.cutOff(), new Text("Analyst hypothesis", "فرضية المحلل"), Language.EN,
                    Reliability.F, 1));
        }
        return sources;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
