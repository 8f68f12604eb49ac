package org.mizan.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * A cited document and its Admiralty source-reliability grade. {@code paragraphs} is how many paragraphs the
 * document has under its numbering (paragraph N is the N-th non-empty line), so citations can be checked against
 * it; 0 means "not declared". {@code derivedFrom} names what the document repeats or summarises: another source id
 * of the dossier or an origin outside it ("afp-wire-2025-11-10"); two sources that share an origin are not
 * independent. {@code vantage} says where the source stands and so what it can and cannot know (facts/README.md:
 * "an outlet based in SDF-held areas"); the source summary statement gives it.
 */
public record Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                     Reliability reliability, int paragraphs, List<String> derivedFrom, Text vantage) {

    /** A source without a stated vantage point. */
    public Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                  Reliability reliability, int paragraphs, List<String> derivedFrom) {
        this(id, publisher, title, date, author, language, reliability, paragraphs, derivedFrom, null);
    }

    /** A source that declares its paragraph count and derives from nothing else. */
    public Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                  Reliability reliability, int paragraphs) {
        this(id, publisher, title, date, author, language, reliability, paragraphs, List.of());
    }

    /** A source that does not declare its paragraph count (citations are then only checked to be positive). */
    public Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                  Reliability reliability) {
        this(id, publisher, title, date, author, language, reliability, 0);
    }
}
