package org.mizan.inference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mizan.dossier.Text;

/**
 * How the brief words one type of judgment, in both languages, from the catalogue (rules/risks.json), and what the
 * catalogue declares about it: its {@code kind}, its indicators as signposts (each a fact pattern or watched only), a
 * risk's horizon in months after the cut-off, the documented default likelihood and why, the wording of each named
 * adjustment, and a contingency's trigger (its event and the trend of the competing hypothesis it belongs to). Titles
 * and summaries may name the actors through {@code {subject}} and {@code {object}}.
 */
record RiskWording(String category, Text title, Text summary, List<Signpost> signposts, List<Text> assumptions,
                   JudgmentKind kind, int horizonMonths, Likelihood defaultLikelihood, Text defaultWhy,
                   Map<String, Text> adjustments, Text trigger, String triggerHypothesis) {

    /** A risk's horizon when its entry gives none: the standing "within 12 months of the cut-off". */
    static final int DEFAULT_HORIZON_MONTHS = 12;

    RiskWording {
        signposts = List.copyOf(signposts);
        assumptions = List.copyOf(assumptions);
        adjustments = Map.copyOf(adjustments);
    }

    /** The wording of every indicator, watched or seen (the "settledBy" pattern is no indicator). */
    List<Text> indicators() {
        return signposts.stream().filter(s -> !s.settles()).map(Signpost::text).toList();
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
