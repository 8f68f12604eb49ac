package org.mizan.dossier;

/**
 * How a brief cites a fact: the source, paragraph and excerpt, and the Admiralty grade that combines the source's
 * reliability with the information's credibility ({@code C2}: a fairly reliable source, probably true).
 */
public record Citation(String factId, Source source, int paragraph, String excerpt, String grade,
                       Attribution attribution) {

    /** The citation of a fact of {@code dossier}; the loader has checked that its source exists. */
    public static Citation of(Dossier dossier, Fact fact) {
        Evidence e = fact.evidence();
        Source source = dossier.source(e.source()).orElseThrow(
                () -> new IllegalArgumentException("fact " + fact.id() + " cites unknown source " + e.source()));
        return new Citation(fact.id(), source, e.paragraph(), e.excerpt(), grade(source, e), e.attribution());
    }

    /** {@code C2}: reliability letter, then credibility digit. */
    public static String grade(Source source, Evidence evidence) {
        return source.reliability().name() + evidence.credibility();
    }
}
