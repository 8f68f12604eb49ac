package org.mizan.brief;

import java.util.List;

/**
 * A headed part of the brief. {@code level} 1 is a chapter (PDF bookmark, Word Heading 1), 2 a sub-section.
 * {@code anchor} is a stable id other parts link to; {@code part} says whether a chapter is front end, body or
 * annex (sub-sections follow their chapter).
 */
public record Section(String anchor, String title, int level, List<Block> blocks, List<Section> subsections,
                      Part part) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** A body chapter: the part a section has unless the brief places it in the front end or an annex. */
    public Section(String anchor, String title, int level, List<Block> blocks, List<Section> subsections) {
        this(anchor, title, level, blocks, subsections, Part.BODY);
    }

    public Section in(Part newPart) {
        return new Section(anchor, title, level, blocks, subsections, newPart);
    }

    /** True if a renderer should start a new page before this chapter, which follows {@code previous}. */
    public boolean startsPart(Section previous) {
        return previous != null && previous.part() != part;
    }
}
