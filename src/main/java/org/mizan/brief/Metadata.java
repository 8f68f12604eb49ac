package org.mizan.brief;

import java.time.Instant;
import java.util.List;

import org.mizan.dossier.Language;

/**
 * Document properties. {@code timestamp} is taken from the inputs (newest source date, or SOURCE_DATE_EPOCH),
 * never from the clock, and {@code documentId} is a hash of the inputs: same inputs, same bytes.
 * {@code marking} is printed in every page's header and footer.
 */
public record Metadata(Language language, String title, String subtitle, String marking, String author,
                       String subject, List<String> keywords, Instant timestamp, String documentId) {

    public Metadata {
        keywords = List.copyOf(keywords);
    }
}
