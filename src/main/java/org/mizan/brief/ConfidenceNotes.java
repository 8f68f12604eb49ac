package org.mizan.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Text;
import org.mizan.inference.RiskJudgment;

/**
 * The reasons given for confidence levels, each said once: the method note lists every distinct reason under a
 * letter (a, b, c…), and a judgment refers to its reasons by letter. The same sentence after every judgment
 * ("rests on a single source…") is boilerplate a reader skips; said once, it is read.
 */
final class ConfidenceNotes {

    private final Map<String, String> letters;

    private ConfidenceNotes(Map<String, String> letters) {
        this.letters = letters;
    }

    static ConfidenceNotes of(BriefContext ctx) {
        Map<String, String> letters = new LinkedHashMap<>();
        Wording w = ctx.wording();
        List<String> alphabet = List.of(w.label("note.letters").split(" "));
        for (RiskJudgment r : ctx.risks()) {
            for (Text reason : r.confidenceReasons()) {
                String text = w.prose(reason);
                if (!letters.containsKey(text)) {
                    int n = letters.size();
                    letters.put(text, n < alphabet.size() ? alphabet.get(n) : w.number(n + 1L));
                }
            }
        }
        return new ConfidenceNotes(letters);
    }

    /** The letters of a judgment's reasons, "a, c", or empty if it gives none. */
    String lettersOf(Wording w, RiskJudgment risk) {
        List<String> own = new ArrayList<>();
        risk.confidenceReasons().forEach(t -> {
            String letter = letters.get(w.prose(t));
            if (letter != null && !own.contains(letter)) {
                own.add(letter);
            }
        });
        return w.join(own);
    }

    /** Each distinct reason with its letter, in the order the judgments first give them. */
    Map<String, String> byReason() {
        return letters;
    }

    boolean isEmpty() {
        return letters.isEmpty();
    }
}
