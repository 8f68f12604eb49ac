package org.mizan.render.docx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mizan.brief.Block;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.Figure;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Table;

/**
 * Every anchor the brief defines, collected before writing, so that a link to an anchor that is not there
 * becomes plain text rather than a hyperlink Word cannot follow.
 */
final class Anchors {

    private Anchors() {
    }

    static Set<String> of(List<Section> sections) {
        Set<String> anchors = new HashSet<>();
        sections.forEach(s -> section(s, anchors));
        return anchors;
    }

    private static void section(Section section, Set<String> into) {
        add(section.anchor(), into);
        section.blocks().forEach(b -> block(b, into));
        section.subsections().forEach(s -> section(s, into));
    }

    private static void block(Block block, Set<String> into) {
        if (block instanceof Paragraph p) {
            add(p.anchor(), into);
        } else if (block instanceof BulletList list) {
            list.items().forEach(item -> add(item.anchor(), into));
        } else if (block instanceof Figure figure) {
            add(figure.anchor(), into);
        } else if (block instanceof Table table) {
            add(table.anchor(), into);
            table.header().forEach(c -> cell(c, into));
            table.rows().forEach(row -> row.forEach(c -> cell(c, into)));
        }
    }

    private static void cell(Cell cell, Set<String> into) {
        add(cell.anchor(), into);
        cell.paragraphs().forEach(p -> add(p.anchor(), into));
    }

    private static void add(String anchor, Set<String> into) {
        if (anchor != null) {
            into.add(anchor);
        }
    }
}
