package org.mizan.brief;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mizan.inference.Likelihood;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * ICD 203: a likelihood word and a confidence level never stand in the same sentence, or the reader cannot
 * tell the probability of the event from the analyst's certainty. Templates can be reworded by analysts, so
 * every judgment sentence is checked as it is made.
 */
final class IcdCheck {

    private IcdCheck() {
    }

    /** The text, if none of its sentences mixes the two; otherwise an InputException naming the template. */
    static String checked(Wording w, Sentence template, String text) {
        for (String sentence : sentences(text)) {
            if (mixes(w, sentence)) {
                throw new InputException(Problem.at(DisplayPaths.of(w.file(template)), 0, 0,
                        "a sentence holds both a likelihood word and \"" + w.label("word.confidence")
                                + "\" (ICD 203 keeps them apart): \"" + sentence + "\"; state confidence in "
                                + Sentence.CONFIDENCE.fileName() + " only"));
            }
        }
        return text;
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
