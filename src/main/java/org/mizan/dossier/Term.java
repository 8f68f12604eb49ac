package org.mizan.dossier;

import java.util.List;

/**
 * A kind as a fact file writes it: a term of a shipped vocabulary ({@code "protection"}) or one the dossier declares
 * beneath it ({@code "oilfield_protection"}). {@code concept} is the nearest shipped kind, what rules match with
 * {@link #isA}; {@code path} the declared terms from this one up to it (empty for a shipped term); {@code label} the
 * dossier's wording of a declared term (null for a shipped one), what the brief prints.
 */
public record Term<E extends Enum<E> & Concept>(String name, E concept, List<String> path, Text label) {

    public Term {
        path = List.copyOf(path);
    }

    /** A shipped kind as its own term. */
    public static <E extends Enum<E> & Concept> Term<E> of(E concept) {
        return concept == null ? null : new Term<>(concept.term(), concept, List.of(), null);
    }

    /** Whether the term is {@code broad} or lies beneath it: how rules match, {@code type.isA(SupportType.PROTECTION)}. */
    public boolean isA(E broad) {
        return concept.isA(broad);
    }

    /** Whether the term is the named dossier term or lies beneath it, for a dossier's own rules. */
    public boolean isA(String term) {
        return name.equals(term) || path.contains(term) || concept.isA(broadOf(term));
    }

    private Concept broadOf(String term) {
        for (E c : concept.getDeclaringClass().getEnumConstants()) {
            if (c.term().equals(term)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the term is a dossier's own (declared under {@code "kinds"}) rather than shipped. */
    public boolean declared() {
        return label != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
