package org.mizan.inference;

import java.util.List;
import java.util.Map;

import org.mizan.dossier.AgreementStatus;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Concept;
import org.mizan.dossier.EventKind;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.Text;

/**
 * One indicator of a judgment type (rules/risks.json "indicators") as the catalogue declares it: its wording, and
 * either the fact {@code pattern} that would show it with the {@code steps} it moves the judgment by (likelihood for
 * a risk or contingency, strength for a vulnerability), or no pattern: watched only, by a reader, since no fact of a
 * dossier can show it. The type's {@code "settledBy"} is read as one more, unworded, that {@code settles} the
 * judgment: the fact reports the forecast event itself.
 */
public record Signpost(Text text, Pattern pattern, int steps, boolean settles) {

    /** Whether only a reader can see it: no fact pattern is declared. */
    public boolean watchedOnly() {
        return pattern == null;
    }

    /**
     * What would show the signpost: a fact of one {@code shape} whose kind (an event's kind, a sanctions step, a base's
     * or an agreement's status) lies beneath one of {@code kinds} (one kind, or a list: fight or coerce), and whose
     * {@code roles} (a field of the fact: an event's "actors", a measure's "by" and "target", a base's "operator", an
     * agreement's "parties", or "is" (the agreement is the judgment's subject); a deadline's "of" (whose agreement) or
     * "parties") hold the judgment's "subject" or "object", or a part of it. A deadline passes when an agreement's
     * deadline falls before the information cut-off while it is still short of force.
     */
    public record Pattern(Shape shape, List<Concept> kinds, Map<String, List<String>> roles) {

        public Pattern {
            kinds = List.copyOf(kinds);
            roles = Map.copyOf(roles);
        }

        /** Whether {@code kind} lies beneath one of the pattern's kinds. */
        boolean covers(Concept kind) {
            return kind != null && kinds.stream().anyMatch(kind::isA);
        }
    }

    /** The kinds of fact a signpost can name, with the vocabulary of their kind and the roles they can bind. */
    public enum Shape {
        EVENT("event", EventKind.class, List.of("actors")),
        SANCTIONS("sanctions", SanctionsStep.class, List.of("by", "target")),
        BASE("base", BaseStatus.class, List.of("operator")),
        AGREEMENT("agreement", AgreementStatus.class, List.of("is", "parties")),
        DEADLINE("deadline", null, List.of("of", "parties"));

        private final String key;
        private final Class<? extends Concept> vocabulary;
        private final List<String> roles;

        Shape(String key, Class<? extends Concept> vocabulary, List<String> roles) {
            this.key = key;
            this.vocabulary = vocabulary;
            this.roles = roles;
        }

        public String key() {
            return key;
        }

        Class<? extends Concept> vocabulary() {
            return vocabulary;
        }

        List<String> roles() {
            return roles;
        }
    }
}
