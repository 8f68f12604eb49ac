package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Actor;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Text;

/**
 * ShortNames finds the names a text holds through an index and starts each search at a name's next occurrence (at
 * 1000x a paragraph names a thousand actors). Specified against the straightforward pass it replaced, every
 * expression over the whole text in turn, on names that nest ("... (SDF)" inside "... (SDF) 12"), follow "the" or
 * "The", open sentences, run on into a letter, repeat, and one short form that spells another actor's full name.
 */
class ShortNamesAtScaleTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    @Test
    void shortensExactlyAsEveryExpressionOverTheWholeText() {
        for (Language language : Language.values()) {
            Wording w = templates.wording(language);
            List<Fact> actors = actors();
            List<String> texts = texts(language);
            List<Section> sections = List.of(new Section("s", "S", 1, texts.stream()
                    .map(t -> (Block) Paragraph.of(ParagraphRole.BODY, Span.plain(t))).toList(), List.of(), Part.BODY));
            List<String> fast = new ArrayList<>();
            ShortNames.apply(sections, actors, w).forEach(s -> s.blocks().forEach(b -> ((Paragraph) b).inlines()
                    .forEach(i -> fast.add(((Span) i).text()))));
            assertEquals(new Straightforward(actors, w).all(texts), fast, language.toString());
        }
    }

    private static List<Fact> actors() {
        List<Fact> actors = new ArrayList<>();
        actors.add(actor("sdf", "Syrian Democratic Forces (SDF)", "قوات سوريا الديمقراطية (قسد)", "the SDF", "قسد"));
        for (int i = 2; i <= 120; i++) {
            actors.add(actor("sdf-" + i, "Syrian Democratic Forces (SDF) " + i, "قوات سوريا الديمقراطية (قسد) " + i,
                    "the SDF", "قسد"));
        }
        actors.add(actor("coalition", "International Coalition", "التحالف الدولي", "the coalition", "التحالف"));
        // A short form that is another actor's full name: putting it in makes a mention of that actor.
        actors.add(actor("alias", "Alpha Group of Forces", "مجموعة ألفا للقوات", "Beta", "بيتا"));
        actors.add(actor("beta", "Beta", "بيتا", "B.", "ب."));
        return actors;
    }

    private static Actor actor(String id, String en, String ar, String shortEn, String shortAr) {
        return new Actor(id, new Text(en, ar), ActorKind.ARMED_FORCE, null, null, null, new Text(shortEn, shortAr));
    }

    private static List<String> texts(Language language) {
        boolean en = language == Language.EN;
        String sdf = en ? "Syrian Democratic Forces (SDF)" : "قوات سوريا الديمقراطية (قسد)";
        String coalition = en ? "International Coalition" : "التحالف الدولي";
        String alpha = en ? "Alpha Group of Forces" : "مجموعة ألفا للقوات";
        List<String> texts = new ArrayList<>();
        StringBuilder long1 = new StringBuilder("The " + coalition + " supports: ");
        for (int i = 120; i >= 2; i--) {
            long1.append(sdf).append(' ').append(i).append(i % 7 == 0 ? ". " : ", ");
        }
        texts.add(long1.append("and the ").append(sdf).append(".").toString());
        texts.add(sdf + " 12 and " + sdf + " 12x and " + sdf + "s, then the " + sdf + " 3.  " + sdf + " 4 again");
        texts.add("the " + coalition + " and The " + coalition + "; " + coalition + "! " + coalition + "? x");
        texts.add(alpha + " meets Beta; " + alpha + " again, then Beta.");
        // Beta only through the short form put in for the alias, which then is a later mention of Beta.
        texts.add("Later " + alpha + " left.");
        texts.add(" " + coalition);
        texts.add("no names here");
        return texts;
    }

    /** The pass as it was: each rename's expression over the whole text, one after another. */
    private static final class Straightforward {

        private record Rename(String id, Pattern full, String shortForm) {
        }

        private final List<Rename> renames = new ArrayList<>();
        private final Set<String> mentioned = new HashSet<>();

        Straightforward(List<Fact> facts, Wording w) {
            for (Fact f : facts) {
                Actor a = (Actor) f;
                String full = w.prose(a.name().in(w.language()));
                String quoted = Pattern.quote(full);
                renames.add(new Rename(a.id(), w.language() == Language.EN
                        ? Pattern.compile("(?:\\b([Tt]he) )?" + quoted + "(?![\\p{L}])") : Pattern.compile(quoted),
                        w.prose(a.shortName().in(w.language()))));
            }
            renames.sort((x, y) -> Integer.compare(y.full().pattern().length(), x.full().pattern().length()));
        }

        List<String> all(List<String> texts) {
            return texts.stream().map(this::text).toList();
        }

        private String text(String text) {
            String out = text;
            for (Rename r : renames) {
                Matcher m = r.full().matcher(out);
                StringBuilder s = new StringBuilder();
                while (m.find()) {
                    if (mentioned.add(r.id())) {
                        m.appendReplacement(s, Matcher.quoteReplacement(m.group()));
                        continue;
                    }
                    boolean opens = m.groupCount() >= 1 && m.group(1) != null && m.group(1).startsWith("T")
                            || opensSentence(out, m.start());
                    m.appendReplacement(s, Matcher.quoteReplacement(opens ? capital(r.shortForm()) : r.shortForm()));
                }
                m.appendTail(s);
                out = s.toString();
            }
            return out;
        }

        private static boolean opensSentence(String text, int at) {
            String before = text.substring(0, at).stripTrailing();
            return before.isEmpty() || before.endsWith(".") || before.endsWith("?") || before.endsWith("!");
        }

        private static String capital(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
    }
}
