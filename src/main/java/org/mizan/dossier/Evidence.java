package org.mizan.dossier;

/**
 * One item of evidence for a fact: a source id, the paragraph in it (paragraph N is the N-th non-empty line of the
 * source's text), a short verbatim excerpt, the Admiralty information-credibility grade 1-6, and how the source
 * presents it. {@code label} says what the excerpt says as a standalone phrase, in both languages, where the excerpt
 * is a fragment of a sentence; optional.
 */
public record Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution,
                       Text label) {

    /** An item whose excerpt reads on its own. */
    public Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution) {
        this(source, paragraph, excerpt, credibility, attribution, null);
    }
}
