package org.mizan.brief;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mizan.inference.Confidence;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * ICD 203: a likelihood word and a confidence level never stand in the same sentence, or the reader cannot
 * tell the probability of the event from the analyst's certainty. Analysts reword templates, so each judgment
 * template is rendered at load time with every likelihood word (or confidence level) and neutral stand-ins for
 * the rest, and refused if its own wording puts the two together. Stand-ins, because a risk's title may well
 * say "confidence" (public confidence in a government) without breaking the rule.
 */
final class IcdCheck {

    private static final String STAND_IN = "X";

    private IcdCheck() {
    }

    /** At most one problem per template: the first probe that mixes the two. */
    static List<Problem> problems(Wording w) {
        List<Problem> problems = new ArrayList<>();
        for (Sentence template : List.of(Sentence.BOTTOM_LINE, Sentence.KEY_JUDGMENT)) {
            Arrays.stream(Likelihood.values()).map(l -> check(w, template, probe(w, template, l, Confidence.LOW)))
                    .flatMap(Optional::stream).findFirst().ifPresent(problems::add);
        }
        Arrays.stream(Confidence.values())
                .map(c -> check(w, Sentence.CONFIDENCE, probe(w, Sentence.CONFIDENCE, Likelihood.LIKELY, c)))
                .flatMap(Optional::stream).findFirst().ifPresent(problems::add);
        return problems;
    }

    private static Map<String, Object> probe(Wording w, Sentence template, Likelihood l, Confidence c) {
        Map<String, Object> data = new HashMap<>();
        template.variables().forEach(v -> data.put(v, STAND_IN));
        data.put("likelihood", w.word(l));
        data.put("confidence", w.word(c));
        data.put("impact", w.word(Impact.MAJOR));
        data.put("rating", w.word(Rating.HIGH));
        for (String flag : List.of("hasRisk", "hasDependencies", "hasReasons")) {
            data.put(flag, true);
        }
        return data;
    }

    private static Optional<Problem> check(Wording w, Sentence template, Map<String, Object> data) {
        for (String sentence : sentences(w.sentence(template, data))) {
            if (mixes(w, sentence)) {
                return Optional.of(Problem.at(DisplayPaths.of(w.file(template)), 0, 0, "a sentence holds both a"
                        + " likelihood word and \"" + w.label("word.confidence") + "\" (ICD 203 keeps them apart):"
                        + " \"" + sentence + "\"; state confidence in " + Sentence.CONFIDENCE.fileName() + " only"));
            }
        }
        return Optional.empty();
    }

    static boolean mixes(Wording w, String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        boolean likelihood = Arrays.stream(Likelihood.values())
                .anyMatch(l -> s.contains(w.word(l).toLowerCase(Locale.ROOT)));
        return likelihood && s.contains(w.label("word.confidence").toLowerCase(Locale.ROOT));
    }

    /** Splits at full stops, question and exclamation marks (Latin and Arabic) followed by space or the end. */
    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?؟])\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
