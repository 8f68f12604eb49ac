package org.mizan.brief;

import java.time.Instant;
import java.util.List;

import org.mizan.dossier.Language;

/**
 * Document properties. {@code timestamp} is taken from the inputs (newest source date, or SOURCE_DATE_EPOCH),
 * never from the clock, and {@code documentId} is a hash of the inputs: same inputs, same bytes.
 * {@code marking} is printed in every page's header and footer; {@code pageWords} gives the "page x of y"
 * label and contents heading in the brief's language and digits.
 */
public record Metadata(Language language, String title, String subtitle, String marking, String author,
                       String subject, List<String> keywords, Instant timestamp, String documentId,
                       PageWords pageWords) {

    public Metadata {
        keywords = List.copyOf(keywords);
        if (pageWords == null) {
            pageWords = PageWords.defaults(language);
        }
    }

    /** Without page words: the language's defaults ("Page {x} of {y}", "صفحة {x} من {y}"). */
    public Metadata(Language language, String title, String subtitle, String marking, String author,
                    String subject, List<String> keywords, Instant timestamp, String documentId) {
        this(language, title, subtitle, marking, author, subject, keywords, timestamp, documentId,
                PageWords.defaults(language));
    }
}
