package org.mizan.brief;

import java.util.List;

/**
 * A headed part of the brief. {@code level} 1 is a chapter (PDF bookmark, Word Heading 1), 2 a sub-section.
 * {@code anchor} is a stable id other parts link to.
 */
public record Section(String anchor, String title, int level, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }
}
