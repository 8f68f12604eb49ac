package org.mizan.inference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mizan.dossier.Text;
import org.mizan.problem.SourceLocation;

/**
 * How the brief words one type of judgment, in both languages, from the catalogue (rules/risks.json), and what the
 * catalogue declares about it: its {@code kind}, its indicators as signposts (each a fact pattern or watched only), a
 * risk's horizon in months after the cut-off, the documented default likelihood and why, the wording of each named
 * adjustment, and a contingency's trigger (its event and the trend of the competing hypothesis it belongs to). Titles
 * and summaries may name the actors through {@code {subject}} and {@code {object}}. {@code grounds} says which facts
 * the default's reason states (null for a vulnerability, which has no likelihood).
 */
record RiskWording(String category, Text title, Text summary, List<Signpost> signposts, List<Text> assumptions,
                   JudgmentKind kind, int horizonMonths, Likelihood defaultLikelihood, Text defaultWhy,
                   Grounds grounds, Map<String, Text> adjustments, Text trigger, String triggerHypothesis) {

    /**
     * What a likelihood's reason rests on ({@code "likelihood": {"rests": [...]}}): kinds of fact by the key that
     * lists them in a fact file ({@code "support"}, {@code "goals"}), which name the facts of that kind the judgment
     * was reached from, or fact ids (a dossier's own catalogue may name its facts). Whatever the reason says beyond
     * them belongs in the type's assumptions. {@code at} is where the list is written, for messages.
     */
    record Grounds(List<String> rests, SourceLocation at) {

        Grounds {
            rests = List.copyOf(rests);
        }

        Grounds at(SourceLocation where) {
            return new Grounds(rests, where);
        }
    }

    /** A risk's horizon when its entry gives none: the standing "within 12 months of the cut-off". */
    static final int DEFAULT_HORIZON_MONTHS = 12;

    RiskWording {
        signposts = List.copyOf(signposts);
        assumptions = List.copyOf(assumptions);
        adjustments = Map.copyOf(adjustments);
    }

    /** The same wording with its grounds located at {@code where}. */
    RiskWording groundedAt(SourceLocation where) {
        return grounds == null ? this : new RiskWording(category, title, summary, signposts, assumptions, kind,
                horizonMonths, defaultLikelihood, defaultWhy, grounds.at(where), adjustments, trigger,
                triggerHypothesis);
    }

    /** The wording of every indicator, watched or seen (the "settledBy" pattern is no indicator). */
    List<Text> indicators() {
        return signposts.stream().filter(s -> !s.settles()).map(Signpost::text).toList();
    }

    /**
     * A title as a heading: in English its first letter capitalised, for a title that opens on a name written with
     * its article ("the transitional government and the SDF sign ..."). Arabic has no capitals.
     */
    static Text headed(Text title) {
        if (title == null || title.en().isEmpty()) {
            return title;
        }
        return new Text(title.en().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.en().substring(1),
                title.ar());
    }

    /** The wording with {subject} and {object} replaced by names, given per language by {@code names}. */
    static Text fill(Text text, Function<String, Text> names, String subject, String object) {
        if (text == null) {
            return null;
        }
        return new Text(fill(text.en(), names, subject, object, true),
                fill(text.ar(), names, subject, object, false));
    }

    private static String fill(String s, Function<String, Text> names, String subject, String object,
                               boolean english) {
        String out = s;
        if (subject != null) {
            Text n = names.apply(subject);
            out = out.replace("{subject}", english ? n.en() : n.ar());
        }
        if (object != null) {
            Text n = names.apply(object);
            out = out.replace("{object}", english ? n.en() : n.ar());
        }
        // «لـ{subject}» before a name with the article: the preposition takes the article's place, «للسودان».
        return english ? out : out.replace("لـال", "لل");
    }
}
