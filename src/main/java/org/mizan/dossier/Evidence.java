package org.mizan.dossier;

/**
 * Where a fact comes from: a source id, the paragraph in it (numbering: the source's README), a short verbatim
 * excerpt, the Admiralty information-credibility grade 1-6, and how the source presents it.
 */
public record Evidence(String source, int paragraph, String excerpt, int credibility, Attribution attribution) {
}
