package org.mizan.dossier;

import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks one fact's citation: a known source, a paragraph inside it, an Admiralty credibility grade and an excerpt
 * short enough to be a quotation rather than a copy.
 */
final class EvidenceCheck {

    /** Issue 3 asks for "at most ~20 words"; a little slack keeps a natural phrase whole. */
    static final int MAX_EXCERPT_WORDS = 25;

    private static final String GRADES = "1–6: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful,"
            + " 5 improbable, 6 cannot be judged";

    private final Map<String, Source> sources;
    private final Predicate<String> alsoDeclared;
    private final Report report;

    /** @param alsoDeclared ids written but unreadable (already reported), not to be called unknown again */
    EvidenceCheck(Dossier dossier, Predicate<String> alsoDeclared, Report report) {
        this.alsoDeclared = alsoDeclared;
        this.sources = dossier.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (first, second) -> first));
        this.report = report;
    }

    void check(Fact fact) {
        Evidence evidence = fact.evidence();
        if (evidence == null) {
            return; // reported as a missing field
        }
        Source source = evidence.source() == null ? null : sources.get(evidence.source());
        if (evidence.source() != null && source == null && !alsoDeclared.test(evidence.source())) {
            report.add(fact, "/evidence/source", "unknown source \"" + evidence.source() + "\" in \"evidence.source\""
                    + " (known sources: " + String.join(", ", sources.keySet().stream().sorted().toList()) + ")");
        }
        checkParagraph(fact, evidence, source);
        checkCredibility(fact, evidence.credibility());
        checkExcerpt(fact, evidence.excerpt());
    }

    private void checkParagraph(Fact fact, Evidence evidence, Source source) {
        int paragraph = evidence.paragraph();
        int count = source == null ? 0 : source.paragraphs();
        String range = count > 0 ? " (1–" + count + ")" : "";
        if (paragraph == 0) {
            report.add(fact, "/evidence", "missing field \"evidence.paragraph\" in " + Report.name(fact)
                    + ": cite the paragraph the excerpt is from" + range);
        } else if (paragraph < 0 || count > 0 && paragraph > count) {
            report.add(fact, "/evidence/paragraph", "paragraph " + paragraph + " is outside source \""
                    + evidence.source() + "\"" + (count > 0 ? ", which has paragraphs 1–" + count : ""));
        }
    }

    private void checkCredibility(Fact fact, int credibility) {
        if (credibility == 0) {
            report.add(fact, "/evidence", "missing field \"evidence.credibility\" in " + Report.name(fact)
                    + " (" + GRADES + ")");
        } else if (credibility < 1 || credibility > 6) {
            report.add(fact, "/evidence/credibility", "credibility " + credibility
                    + " is not an Admiralty grade (" + GRADES + ")");
        }
    }

    private void checkExcerpt(Fact fact, String excerpt) {
        int words = excerpt == null || excerpt.isBlank() ? 0 : excerpt.trim().split("\\s+").length;
        if (words > MAX_EXCERPT_WORDS) {
            report.add(fact, "/evidence/excerpt", "excerpt has " + words + " words: quote a short phrase of at most "
                    + MAX_EXCERPT_WORDS + " words");
        }
    }
}
