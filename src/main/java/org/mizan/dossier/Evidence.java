package org.mizan.dossier;

/**
 * One item of evidence for a fact: a source id, the paragraph in it (paragraph N is the N-th non-empty line of the
 * source's text), a short verbatim excerpt, the Admiralty information-credibility grade 1-6, and how the source
 * presents it. {@code label} says what the excerpt says as a standalone phrase, in both languages, where the excerpt
 * is a fragment of a sentence; optional. {@code undated} (optional, written {@code "undated": true}) says the
 * source gives no time for what the item reports — a list of bases set up "over the following years", a programme
 * told as history — so the brief does not show it as the state at the cut-off (see {@link Fact#undated()}).
 * {@code gradeReason} (optional) says why this item grades an excerpt other facts also quote differently: one
 * quotation carries one grade unless the analyst says why (validate, {@link GradeConsistency}).
 */
public record Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution,
                       Text label, Boolean undated, Text gradeReason) {

    /** An item without a reason for a second grade (the usual case). */
    public Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution,
                    Text label, Boolean undated) {
        this(source, paragraph, excerpt, credibility, attribution, label, undated, null);
    }

    /** An item whose excerpt reads on its own. */
    public Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution) {
        this(source, paragraph, excerpt, credibility, attribution, null, null);
    }

    /** A dated item (the default) with a label. */
    public Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution,
                    Text label) {
        this(source, paragraph, excerpt, credibility, attribution, label, null);
    }

    /** True when the analyst marked the item as giving no time for what it reports. */
    public boolean isUndated() {
        return Boolean.TRUE.equals(undated);
    }
}
