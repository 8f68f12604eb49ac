package org.mizan.brief;

import java.util.List;

/**
 * What a brief says, independent of how it looks: metadata and a tree of sections, and what goes to the evidence
 * workbook (the full fact table, then the {@code sheets} the brief summarises). The PDF and DOCX renderers both walk
 * this one model, so the two formats cannot disagree; the workbook renderer writes its {@code evidence} and sheets.
 */
public record Brief(Metadata metadata, List<Section> sections, EvidenceBook evidence, List<Sheet> sheets) {

    public Brief {
        sections = List.copyOf(sections);
        if (evidence == null) {
            evidence = EvidenceBook.empty("", List.of());
        }
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** A brief whose workbook holds the fact table alone. */
    public Brief(Metadata metadata, List<Section> sections, EvidenceBook evidence) {
        this(metadata, sections, evidence, List.of());
    }

    /** A brief without an evidence workbook (its workbook has no header and no rows). */
    public Brief(Metadata metadata, List<Section> sections) {
        this(metadata, sections, null, List.of());
    }
}
