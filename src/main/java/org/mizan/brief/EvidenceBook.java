package org.mizan.brief;

import java.util.List;

/**
 * The full fact table that leaves the brief for a workbook of its own: one row per fact of the dossier, in the
 * brief's language, with the short labels the brief uses. The brief's evidence annex lists only the facts its
 * pages cite; an analyst who wants every fact, sorted or filtered, opens this.
 */
public record EvidenceBook(String sheetName, List<String> header, List<Row> rows) {

    public EvidenceBook {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** No facts: a workbook with only its header row. */
    public static EvidenceBook empty(String sheetName, List<String> header) {
        return new EvidenceBook(sheetName, header, List.of());
    }

    /**
     * One fact: its label (E12; empty when a large dossier's brief labels only the facts it shows), what it says,
     * the Admiralty code and what its digit means, how the source presents it, the source, the paragraph, the
     * excerpt as the source has it, the labels of the shown judgments that rest on it, and the fact's id in the
     * dossier (for the analyst who edits it).
     */
    public record Row(String label, String fact, String grade, String credibility, String attribution,
                      String source, int paragraph, String excerpt, List<String> judgments, String id) {

        public Row {
            judgments = List.copyOf(judgments);
        }
    }
}
