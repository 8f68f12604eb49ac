package org.mizan.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One quotation, one grade: the same excerpt of the same paragraph of the same source, quoted by several facts,
 * carries one credibility grade. A second grade is an error at its item unless the item states why
 * ({@code "gradeReason"}): the grade is what the brief's confidence and the competing hypotheses' weights rest on,
 * and a reader who finds one sentence graded C1 in one fact and C2 in another can trust neither. An error rather
 * than a warning because the fix is one field either way, and a brief that contradicts itself should not be made.
 * Excerpts are compared folded as the quotation check folds them ({@link Quotation#fold}).
 */
final class GradeConsistency {

    private record Quoted(String source, int paragraph, String excerpt) {
    }

    private record First(Fact fact, int item, int credibility) {
    }

    private final Map<Quoted, First> first = new HashMap<>();
    private final Report report;

    GradeConsistency(Report report) {
        this.report = report;
    }

    void check(Fact fact) {
        List<Evidence> items = fact.evidenceItems();
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Evidence e = items.get(i);
            if (e == null || e.source() == null || e.excerpt() == null || e.excerpt().isBlank()
                    || e.credibility() < 1 || e.credibility() > 6) {
                continue; // reported as missing or out of range
            }
            Quoted key = new Quoted(e.source(), e.paragraph(), Quotation.fold(e.excerpt()));
            First earlier = first.putIfAbsent(key, new First(fact, i, e.credibility()));
            if (earlier != null && earlier.credibility() != e.credibility() && e.gradeReason() == null) {
                report.add(fact, EvidenceCheck.pointer(i) + "/credibility", "credibility " + e.credibility()
                        + " for an excerpt of paragraph " + e.paragraph() + " of source \"" + e.source()
                        + "\" that " + Report.name(earlier.fact()) + " grades " + earlier.credibility() + " at "
                        + report.where(earlier.fact(), EvidenceCheck.pointer(earlier.item()) + "/credibility")
                        + ": give the same quotation one grade, or say why this one differs under \"gradeReason\""
                        + " ({\"en\", \"ar\"})");
            }
        }
    }
}
