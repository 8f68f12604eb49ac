package org.mizan.dossier;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks one fact's citations, item by item: a known source, a paragraph inside it, an Admiralty credibility grade,
 * an excerpt short enough to be a quotation rather than a copy and, where the source's text is in
 * {@code facts/sources/}, found in the paragraph it cites ({@link Quotation}); and that a grade of 1 ("confirmed")
 * has a confirming item from an independent source.
 */
final class EvidenceCheck {

    /** Issue 3 asks for "at most ~20 words"; a little slack keeps a natural phrase whole. */
    static final int MAX_EXCERPT_WORDS = 25;

    private static final String GRADES = "1–6: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful,"
            + " 5 improbable, 6 cannot be judged";

    private final Map<String, Source> sources;
    private final Predicate<String> alsoDeclared;
    private final SourceTexts texts;
    private final Corroboration corroboration;
    private final Report report;

    /** @param alsoDeclared ids written but unreadable (already reported), not to be called unknown again */
    EvidenceCheck(Dossier dossier, Predicate<String> alsoDeclared, SourceTexts texts, Report report) {
        this.alsoDeclared = alsoDeclared;
        this.sources = dossier.sources().stream().filter(s -> s.id() != null)
                .collect(Collectors.toMap(Source::id, Function.identity(), (first, second) -> first));
        this.texts = texts;
        this.corroboration = new Corroboration(dossier);
        this.report = report;
    }

    /** Where item {@code i} of a fact's evidence is written (a lone object is item 0, see {@link Element#at}). */
    static String pointer(int i) {
        return "/evidence/" + i;
    }

    void check(Fact fact) {
        List<Evidence> items = fact.evidenceItems();
        if (items == null || items.isEmpty()) {
            return; // reported as a missing field
        }
        for (int i = 0; i < items.size(); i++) {
            Evidence evidence = items.get(i);
            if (evidence != null) {
                check(fact, evidence, pointer(i));
            }
        }
        for (int i : corroboration.unconfirmedGradeOne(fact)) {
            report.add(fact, pointer(i) + "/credibility", "credibility 1 (\"confirmed by other sources\") but no"
                    + " other source of the dossier confirms " + Report.name(fact) + ": add an item of evidence from an"
                    + " independent source, or grade it 2");
        }
    }

    private void check(Fact fact, Evidence evidence, String at) {
        Source source = evidence.source() == null ? null : sources.get(evidence.source());
        if (evidence.source() != null && source == null && !alsoDeclared.test(evidence.source())) {
            report.add(fact, at + "/source", "unknown source \"" + evidence.source() + "\" in \"evidence.source\""
                    + " (known sources: " + String.join(", ", sources.keySet().stream().sorted().toList()) + ")");
        }
        boolean paragraphOk = checkParagraph(fact, evidence, source, at);
        checkCredibility(fact, evidence.credibility(), at);
        if (checkLength(fact, evidence.excerpt(), at) && paragraphOk && source != null) {
            checkQuoted(fact, evidence, at);
        }
    }

    private boolean checkParagraph(Fact fact, Evidence evidence, Source source, String at) {
        int paragraph = evidence.paragraph();
        int count = source == null ? 0 : source.paragraphs();
        String range = count > 0 ? " (1–" + count + ")" : "";
        if (paragraph == 0) {
            report.add(fact, at, "missing field \"evidence.paragraph\" in " + Report.name(fact)
                    + ": cite the paragraph the excerpt is from" + range);
            return false;
        } else if (paragraph < 0 || count > 0 && paragraph > count) {
            report.add(fact, at + "/paragraph", "paragraph " + paragraph + " is outside source \""
                    + evidence.source() + "\"" + (count > 0 ? ", which has paragraphs 1–" + count : ""));
            return false;
        }
        return true;
    }

    private void checkCredibility(Fact fact, int credibility, String at) {
        if (credibility == 0) {
            report.add(fact, at, "missing field \"evidence.credibility\" in " + Report.name(fact)
                    + " (" + GRADES + ")");
        } else if (credibility < 1 || credibility > 6) {
            report.add(fact, at + "/credibility", "credibility " + credibility
                    + " is not an Admiralty grade (" + GRADES + ")");
        }
    }

    private boolean checkLength(Fact fact, String excerpt, String at) {
        int words = excerpt == null || excerpt.isBlank() ? 0 : excerpt.trim().split("\\s+").length;
        if (words > MAX_EXCERPT_WORDS) {
            report.add(fact, at + "/excerpt", "excerpt has " + words + " words: quote a short phrase of at most "
                    + MAX_EXCERPT_WORDS + " words");
            return false;
        }
        return words > 0;
    }

    /** The excerpt against the paragraph it cites, when the source's text is in the project. */
    private void checkQuoted(Fact fact, Evidence evidence, String at) {
        texts.of(evidence.source()).ifPresent(text -> {
            String paragraph = text.paragraph(evidence.paragraph()).orElse(null);
            if (paragraph == null) {
                report.add(fact, at + "/paragraph", "paragraph " + evidence.paragraph() + " is outside the text of"
                        + " source \"" + evidence.source() + "\" (" + text.file() + " has " + text.paragraphs().size()
                        + " paragraphs: paragraph N is the N-th non-empty line)");
            } else if (!Quotation.quotes(paragraph, evidence.excerpt())) {
                report.add(fact, at + "/excerpt", "excerpt is not in paragraph " + evidence.paragraph()
                        + " of source \"" + evidence.source() + "\" (" + text.file() + "); the closest passage there is «"
                        + Quotation.closestPassage(paragraph, evidence.excerpt())
                        + "»: quote the paragraph as written, or cite the paragraph the excerpt is from");
            }
        });
    }
}
