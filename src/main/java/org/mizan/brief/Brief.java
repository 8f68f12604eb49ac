package org.mizan.brief;

import java.util.List;

/**
 * What a brief says, independent of how it looks: metadata and a tree of sections. The PDF and DOCX renderers
 * both walk this one model, so the two formats cannot disagree.
 */
public record Brief(Metadata metadata, List<Section> sections) {

    public Brief {
        sections = List.copyOf(sections);
    }
}
