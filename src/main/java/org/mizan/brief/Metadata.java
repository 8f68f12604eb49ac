package org.mizan.brief;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Language;

/**
 * Document properties. {@code timestamp} is taken from the inputs (newest source date, or SOURCE_DATE_EPOCH),
 * never from the clock, and {@code documentId} is a hash of the inputs: same inputs, same bytes.
 * {@code marking} is printed in every page's header and footer; {@code pageWords} gives the "page x of y"
 * label and contents heading in the brief's language and digits. {@code provenance} is what reproduces the brief
 * (the Mizan version, the checksums of facts, rules and templates), in a fixed order: it goes to the files'
 * properties, not onto the reader's pages.
 */
public record Metadata(Language language, String title, String subtitle, String marking, String author,
                       String subject, List<String> keywords, Instant timestamp, String documentId,
                       PageWords pageWords, Map<String, String> provenance) {

    public Metadata {
        keywords = List.copyOf(keywords);
        if (pageWords == null) {
            pageWords = PageWords.defaults(language);
        }
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Without provenance: a brief whose files say nothing of how it was made. */
    public Metadata(Language language, String title, String subtitle, String marking, String author,
                    String subject, List<String> keywords, Instant timestamp, String documentId,
                    PageWords pageWords) {
        this(language, title, subtitle, marking, author, subject, keywords, timestamp, documentId, pageWords,
                Map.of());
    }

    /** Without page words: the language's defaults ("Page {x} of {y}", "صفحة {x} من {y}"). */
    public Metadata(Language language, String title, String subtitle, String marking, String author,
                    String subject, List<String> keywords, Instant timestamp, String documentId) {
        this(language, title, subtitle, marking, author, subject, keywords, timestamp, documentId,
                PageWords.defaults(language));
    }
}
