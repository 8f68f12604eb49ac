package org.mizan.dossier;

import java.time.LocalDate;

/**
 * What a dossier is about: its id and bilingual title, written once as {@code "dossier": {...}} in a fact file.
 * {@code currency} is the analyst's short "currency and gaps" note (what the dossier does not cover, what may have
 * changed since its information cut-off); optional. {@code currencyAsOf} is the cut-off the note was written for:
 * when newer sources arrive the note may no longer be true, and validate says so. {@code reader}, {@code thesis} and
 * {@code soWhat} (optional) are the analyst's voice on the front page ({@link Voice}).
 */
public record DossierHeader(String id, Text title, Text currency, LocalDate currencyAsOf, Text reader, Text thesis,
                            java.util.Map<String, Text> soWhat) {

    public DossierHeader(String id, Text title, Text currency, LocalDate currencyAsOf) {
        this(id, title, currency, currencyAsOf, null, null, null);
    }

    public DossierHeader(String id, Text title) {
        this(id, title, null, null);
    }

    /** The analyst's own title-page words: reader, thesis and the key judgments' "so what" (see {@link Voice}). */
    public Voice voice() {
        return new Voice(reader, thesis, soWhat);
    }
}
