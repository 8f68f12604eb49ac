package org.mizan.brief;

import java.util.List;

/**
 * What a brief says, independent of how it looks: metadata and a tree of sections, and the full fact table that
 * goes to the evidence workbook. The PDF and DOCX renderers both walk this one model, so the two formats cannot
 * disagree; the workbook renderer writes its {@code evidence}.
 */
public record Brief(Metadata metadata, List<Section> sections, EvidenceBook evidence) {

    public Brief {
        sections = List.copyOf(sections);
        if (evidence == null) {
            evidence = EvidenceBook.empty("", List.of());
        }
    }

    /** A brief without an evidence workbook (its workbook has no header and no rows). */
    public Brief(Metadata metadata, List<Section> sections) {
        this(metadata, sections, null);
    }
}
