package org.mizan.inference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
        return new Dependency(slug + "-" + hash(rule, because), dependent, provider, kind, strength, rule, because);
    }

    public static Risk risk(RuleContext drools, String type, String subject, Likelihood likelihood, Impact impact) {
        return risk(drools, type, subject, null, likelihood, impact);
    }

    public static Risk risk(RuleContext drools, String type, String subject, String object,
                            Likelihood likelihood, Impact impact) {
        String rule = drools.getRule().getName();
        List<String> because = because(drools);
        String slug = "risk-" + type + "-" + subject;
        return new Risk(slug + "-" + hash(rule, because), type, subject, object, likelihood, impact, rule, because);
    }

    /** Ids of the facts and findings a match rests on, sorted; collections (from accumulate) are opened up. */
    static List<String> because(RuleContext drools) {
        TreeSet<String> ids = new TreeSet<>();
        drools.getMatch().getObjects().stream().flatMap(Derive::flatten).forEach(o -> idOf(o, ids));
        return List.copyOf(ids);
    }

    /** Accumulate results arrive as a collection, or as an array of them when one accumulate has several. */
    private static Stream<Object> flatten(Object o) {
        if (o instanceof Collection<?> c) {
            return c.stream().flatMap(Derive::flatten);
        }
        return o instanceof Object[] a ? Stream.of(a).flatMap(Derive::flatten) : Stream.of(o);
    }

    private static void idOf(Object o, TreeSet<String> ids) {
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
