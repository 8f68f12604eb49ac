package org.mizan.dossier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the dossier's actors, bases and resources a source text mentions, paragraph by paragraph: where an
 * analyst starts extracting facts from a new text. A name counts in English or Arabic, whole or by its parts
 * ("Syrian Democratic Forces (SDF)" also as "Syrian Democratic Forces" and "SDF"). Arabic is compared folded as
 * excerpts are ({@link Quotation#fold}) and inside words, since Arabic attaches و، ب، ل، ال to the name; English
 * as whole words, case-insensitively.
 */
public final class Mentions {

    /** One fact named in one paragraph, with the name that was found. */
    public record Mention(String factId, String kind, String name) {
    }

    /** The mentions of paragraph {@code number} (from 1). */
    public record InParagraph(int number, List<Mention> mentions) {

        public InParagraph {
            mentions = List.copyOf(mentions);
        }
    }

    private record Named(String factId, String kind, List<String> names) {
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");

    private Mentions() {
    }

    /** Every paragraph of {@code text} that names something of {@code dossier}, in order. */
    public static List<InParagraph> of(Dossier dossier, SourceTexts.SourceText text) {
        List<Named> named = named(dossier);
        List<InParagraph> found = new ArrayList<>();
        for (int i = 0; i < text.paragraphs().size(); i++) {
            String paragraph = text.paragraphs().get(i);
            String folded = Quotation.fold(paragraph);
            List<Mention> here = new ArrayList<>();
            for (Named n : named) {
                n.names().stream().filter(name -> mentions(paragraph, folded, name)).findFirst()
                        .ifPresent(name -> here.add(new Mention(n.factId(), n.kind(), name)));
            }
            if (!here.isEmpty()) {
                found.add(new InParagraph(i + 1, here));
            }
        }
        return found;
    }

    private static List<Named> named(Dossier dossier) {
        List<Named> named = new ArrayList<>();
        dossier.current().forEach(f -> {
            if (f instanceof Actor a) {
                named.add(new Named(a.id(), "actor", actorVariants(a)));
            } else if (f instanceof Base b) {
                named.add(new Named(b.id(), "base", variants(b.name())));
            } else if (f instanceof Resource r) {
                named.add(new Named(r.id(), "resource", variants(r.name())));
            }
        });
        return named;
    }

    /**
     * An actor is also called by its short name («قسد», "the coalition"), by the head of a long Arabic name («التحالف الدولي» for «التحالف الدولي لمحاربة تنظيم
     * داعش»), and in English by its id when that is a plain word ("coalition", "government").
     */
    static List<String> actorVariants(Actor actor) {
        Set<String> variants = new LinkedHashSet<>(variants(actor.name()));
        variants.addAll(variants(actor.shortName()).stream().map(v -> v.replaceFirst("^the ", "")).toList());
        if (actor.name() != null && actor.name().ar() != null) {
            String[] words = PARENTHESIS.matcher(actor.name().ar()).replaceAll(" ").strip().split("\\s+");
            if (words.length >= 3) {
                variants.add(words[0] + " " + words[1]);
            }
        }
        if (actor.id() != null && actor.id().matches("[a-z]{4,}")) {
            variants.add(actor.id());
        }
        return List.copyOf(variants);
    }

    /** The name in both languages, whole, without its parenthesis, and what the parenthesis holds (split at /). */
    static List<String> variants(Text name) {
        Set<String> variants = new LinkedHashSet<>();
        for (String whole : new String[] {name == null ? null : name.en(), name == null ? null : name.ar()}) {
            if (whole == null || whole.isBlank()) {
                continue;
            }
            variants.add(whole.strip());
            var m = PARENTHESIS.matcher(whole);
            String outside = m.replaceAll(" ").strip();
            if (!outside.isEmpty()) {
                variants.add(outside);
            }
            m.reset();
            while (m.find()) {
                for (String part : m.group(1).split("[/،,]")) {
                    if (part.strip().length() > 1) {
                        variants.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(variants);
    }

    private static boolean mentions(String paragraph, String folded, String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            return folded.contains(Quotation.fold(name));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(paragraph).find();
    }
}
