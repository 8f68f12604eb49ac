package org.mizan.inference;

import java.util.List;
import java.util.function.Function;

import org.mizan.dossier.Text;

/**
 * How the brief words one type of risk, in both languages, from the catalogue (rules/risks.json). Titles and
 * summaries may name the actors through {@code {subject}} and {@code {object}}.
 */
record RiskWording(String category, Text title, Text summary, List<Text> indicators, List<Text> assumptions) {

    RiskWording {
        indicators = List.copyOf(indicators);
        assumptions = List.copyOf(assumptions);
    }

    /** The wording with {subject} and {object} replaced by names, given per language by {@code names}. */
    static Text fill(Text text, Function<String, Text> names, String subject, String object) {
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
        return out;
    }
}
