package org.mizan.brief;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The anchors a brief's sections link to: the evidence annex lists the facts the pages before it cite (a link in
 * a paragraph, list, table cell or map key), and no others, so every link lands on a row and no row is idle.
 */
final class Citations {

    private Citations() {
    }

    static Set<String> targets(List<Section> sections) {
        Set<String> targets = new HashSet<>();
        sections.forEach(s -> collect(s, targets));
        return targets;
    }

    private static void collect(Section section, Set<String> targets) {
        section.blocks().forEach(b -> collect(b, targets));
        section.subsections().forEach(s -> collect(s, targets));
    }

    private static void collect(Block block, Set<String> targets) {
        if (block instanceof Paragraph p) {
            links(p, targets);
        } else if (block instanceof BulletList l) {
            l.items().forEach(p -> links(p, targets));
        } else if (block instanceof Table t) {
            Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream))
                    .flatMap(c -> c.paragraphs().stream()).forEach(p -> links(p, targets));
        } else if (block instanceof Figure f && f.diagram() instanceof PlaceMap map) {
            map.places().stream().map(PlaceMap.Place::target).filter(t -> t != null).forEach(targets::add);
        }
    }

    private static void links(Paragraph p, Set<String> targets) {
        p.inlines().stream().filter(i -> i instanceof Link).map(i -> ((Link) i).target()).forEach(targets::add);
    }
}
