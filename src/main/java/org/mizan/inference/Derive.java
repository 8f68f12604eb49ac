package org.mizan.inference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.kie.api.runtime.rule.RuleContext;
import org.mizan.dossier.Fact;

/**
 * Builds findings inside rule consequences, so that every finding names its rule and what it rests on without the
 * rule author listing them. The id comes from the rule name and the sorted ids of the matched objects: the same
 * facts give the same id whatever the insertion or firing order.
 */
public final class Derive {

    private static final int HASH_CHARS = 6;

    private Derive() {
    }

    public static Dependency dependency(RuleContext drools, String dependent, String provider,
                                        DependencyKind kind, Strength strength) {
        String rule = drools.getRule().getName();
        List<String> because = because(drools);
        String slug = "dep-" + dependent + "-" + provider + "-" + slug(kind.name());
        return new Dependency(slug + "-" + hash(rule, because), dependent, provider, kind, strength, rule, because,
                context(drools));
    }

    public static Risk risk(RuleContext drools, String type, String subject, Likelihood likelihood, Impact impact) {
        return risk(drools, type, subject, null, likelihood, impact);
    }

    /** A risk at its rule's default likelihood, no fact moving it. */
    public static Risk risk(RuleContext drools, String type, String subject, String object,
                            Likelihood likelihood, Impact impact) {
        return risk(drools, type, subject, object, likelihood, impact, new Adjustment[0]);
    }

    /**
     * A risk: an event that may happen by the horizon its catalogue entry gives. {@code likelihood} is the rule's
     * default (documented in rules/risks.json); each adjustment that applies moves it and is named in the chain.
     */
    public static Risk risk(RuleContext drools, String type, String subject, String object,
                            Likelihood likelihood, Impact impact, Adjustment... adjustments) {
        List<Adjustment> applied = applied(adjustments);
        return judgment(drools, JudgmentKind.RISK, type, subject, object, shifted(likelihood, applied), impact,
                null, likelihood, applied, null);
    }

    /**
     * A vulnerability or condition: a state with a {@code strength} (how firmly it holds) and an {@code exposure}
     * (what is at stake), and no likelihood.
     */
    public static Risk vulnerability(RuleContext drools, String type, String subject, String object,
                                     Strength strength, Impact exposure) {
        return judgment(drools, JudgmentKind.VULNERABILITY, type, subject, object, null, exposure, strength, null,
                List.of(), null);
    }

    /**
     * A contingency: "if trigger, then consequence". {@code likelihood} is the rule's default for the consequence
     * given the trigger (conditional); {@code trigger} carries what the dossier says of the trigger itself.
     */
    public static Risk contingency(RuleContext drools, String type, String subject, String object,
                                   Likelihood likelihood, Impact impact, Trigger trigger,
                                   Adjustment... adjustments) {
        List<Adjustment> applied = applied(adjustments);
        return judgment(drools, JudgmentKind.CONTINGENCY, type, subject, object, shifted(likelihood, applied),
                impact, null, likelihood, applied, trigger == null ? Trigger.unassessed() : trigger);
    }

    private static Risk judgment(RuleContext drools, JudgmentKind kind, String type, String subject, String object,
                                 Likelihood likelihood, Impact impact, Strength strength, Likelihood ruleDefault,
                                 List<Adjustment> adjustments, Trigger trigger) {
        String rule = drools.getRule().getName();
        List<String> because = because(drools);
        String slug = "risk-" + type + "-" + subject;
        return new Risk(slug + "-" + hash(rule, because), kind, type, subject, object, likelihood, impact, strength,
                ruleDefault, adjustments, trigger, rule, because, context(drools));
    }

    private static List<Adjustment> applied(Adjustment[] adjustments) {
        return adjustments == null ? List.of()
                : Stream.of(adjustments).filter(a -> a != null && a.applies()).toList();
    }

    private static Likelihood shifted(Likelihood ruleDefault, List<Adjustment> adjustments) {
        return ruleDefault.shifted(adjustments.stream().mapToInt(Adjustment::steps).sum());
    }

    /** Ids of the facts and findings a match rests on, sorted; collections (from accumulate) are opened up. */
    static List<String> because(RuleContext drools) {
        // Gathered in a list and sorted once, not inserted into a sorted set one by one: at 1000x one rule gathers
        // 2,000 bases for each of 1,000 depots, and the set's insertions were a third of inference.
        List<String> ids = new ArrayList<>();
        drools.getMatch().getObjects().forEach(o -> addIds(o, ids));
        String[] sorted = ids.toArray(new String[0]);
        Arrays.sort(sorted);
        List<String> distinct = new ArrayList<>(sorted.length);
        for (String id : sorted) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(id)) {
                distinct.add(id);
            }
        }
        return List.copyOf(distinct);
    }

    /** The ids of a matched object, collections and arrays opened up, as {@link #flatten} and {@link #idOf} do. */
    private static void addIds(Object o, List<String> ids) {
        if (o instanceof Collection<?> c) {
            c.forEach(e -> addIds(e, ids));
        } else if (o instanceof Object[] a) {
            for (Object e : a) {
                addIds(e, ids);
            }
        } else if (o instanceof Fact f) {
            ids.add(Objects.requireNonNull(f.id()));
        } else if (o instanceof Finding f) {
            ids.add(Objects.requireNonNull(f.id()));
        }
    }

    /**
     * The ids of the matched facts whose kind the rule names in its {@code @context} metadata, e.g.
     * {@code @context(Threat, Relation)}: background, not evidence of the judgment.
     */
    static List<String> context(RuleContext drools) {
        Object named = drools.getRule().getMetaData().get("context");
        if (named == null) {
            return List.of();
        }
        java.util.Set<String> kinds = java.util.Set.of(named.toString().replaceAll("[\\s\"]", "").split(","));
        TreeSet<String> ids = new TreeSet<>();
        drools.getMatch().getObjects().stream().flatMap(Derive::flatten)
                .filter(o -> o instanceof Fact && kinds.contains(o.getClass().getSimpleName()))
                .forEach(o -> ids.add(((Fact) o).id()));
        return List.copyOf(ids);
    }

    /** Accumulate results arrive as a collection, or as an array of them when one accumulate has several. */
    private static Stream<Object> flatten(Object o) {
        if (o instanceof Collection<?> c) {
            return c.stream().flatMap(Derive::flatten);
        }
        return o instanceof Object[] a ? Stream.of(a).flatMap(Derive::flatten) : Stream.of(o);
    }

    static void idOf(Object o, java.util.Set<String> ids) {
        if (o instanceof Fact f) {
            ids.add(f.id());
        } else if (o instanceof Finding f) {
            ids.add(f.id());
        }
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String hash(String rule, List<String> because) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((rule + "\n" + String.join("\n", because)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
