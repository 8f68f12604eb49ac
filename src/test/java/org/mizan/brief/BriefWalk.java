package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Walks a Brief for tests: every section, paragraph, anchor, link target and visible string. */
final class BriefWalk {

    private BriefWalk() {
    }

    static List<Section> sections(Brief brief) {
        List<Section> all = new ArrayList<>();
        brief.sections().forEach(s -> collect(s, all));
        return all;
    }

    private static void collect(Section s, List<Section> all) {
        all.add(s);
        s.subsections().forEach(sub -> collect(sub, all));
    }

    static Section section(Brief brief, String anchor) {
        return sections(brief).stream().filter(s -> anchor.equals(s.anchor())).findFirst().orElseThrow();
    }

    static List<Paragraph> paragraphs(Block block) {
        if (block instanceof Paragraph p) {
            return List.of(p);
        } else if (block instanceof BulletList l) {
            return l.items();
        } else if (block instanceof Table t) {
            return Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream))
                    .flatMap(c -> c.paragraphs().stream()).toList();
        }
        return List.of();
    }

    static List<Paragraph> paragraphs(Brief brief) {
        return sections(brief).stream().flatMap(s -> s.blocks().stream()).flatMap(b -> paragraphs(b).stream())
                .toList();
    }

    static List<String> anchors(Brief brief) {
        List<String> anchors = new ArrayList<>();
        for (Section s : sections(brief)) {
            anchors.add(s.anchor());
            for (Block b : s.blocks()) {
                anchors.addAll(anchors(b));
            }
        }
        return anchors.stream().filter(a -> a != null).toList();
    }

    private static List<String> anchors(Block b) {
        List<String> anchors = new ArrayList<>();
        if (b instanceof Paragraph p) {
            anchors.add(p.anchor());
        } else if (b instanceof Figure f) {
            anchors.add(f.anchor());
        } else if (b instanceof Table t) {
            anchors.add(t.anchor());
            t.rows().forEach(r -> r.forEach(c -> anchors.add(c.anchor())));
            t.header().forEach(c -> anchors.add(c.anchor()));
        }
        if (b instanceof BulletList l) {
            l.items().forEach(i -> anchors.add(i.anchor()));
        }
        return anchors;
    }

    static List<String> linkTargets(Brief brief) {
        List<String> targets = new ArrayList<>(paragraphs(brief).stream().flatMap(p -> p.inlines().stream())
                .filter(i -> i instanceof Link).map(i -> ((Link) i).target()).toList());
        figures(brief).stream().map(Figure::diagram).filter(d -> d instanceof RiskMatrix)
                .flatMap(d -> ((RiskMatrix) d).entries().stream()).forEach(e -> targets.add(e.target()));
        return targets;
    }

    static List<Figure> figures(Brief brief) {
        return sections(brief).stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof Figure)
                .map(b -> (Figure) b).toList();
    }

    static Table table(Brief brief, String anchor) {
        return sections(brief).stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Table t && anchor.equals(t.anchor())).map(b -> (Table) b)
                .findFirst().orElseThrow();
    }

    /** The table of the evidence workbook's sheet whose table has this anchor. */
    static Table sheet(Brief brief, String anchor) {
        return brief.sheets().stream().map(org.mizan.brief.Sheet::table).filter(t -> anchor.equals(t.anchor()))
                .findFirst().orElseThrow();
    }

    /** Every string a reader sees: metadata, headings, paragraphs, captions, figure labels. */
    static List<String> visibleText(Brief brief) {
        Metadata m = brief.metadata();
        List<String> text = new ArrayList<>(List.of(m.title(), m.subtitle(), m.marking(), m.author(), m.subject(),
                m.pageWords().format(3, 12)));
        text.addAll(m.keywords());
        sections(brief).forEach(s -> text.add(s.title()));
        paragraphs(brief).forEach(p -> text.add(p.plainText()));
        sections(brief).stream().flatMap(s -> s.blocks().stream()).forEach(b -> {
            if (b instanceof Table t) {
                text.add(t.caption());
            }
        });
        for (Figure f : figures(brief)) {
            text.add(f.caption());
            text.add(f.altText());
            text.addAll(diagramText(f.diagram()));
        }
        return text;
    }

    private static List<String> diagramText(Diagram d) {
        List<String> text = new ArrayList<>();
        if (d instanceof DependencyGraph g) {
            g.nodes().forEach(n -> {
                text.add(n.label());
                text.addAll(n.reliesOn());
            });
            g.edges().forEach(e -> text.addAll(e.flows()));
            text.add(g.legend().arrow());
            g.legend().keys().forEach(k -> text.add(k.text()));
        } else if (d instanceof PlaceMap p) {
            p.places().forEach(place -> text.add(place.name()));
            p.keys().forEach(k -> text.add(k.text()));
            text.add(p.note());
        } else if (d instanceof RiskMatrix m) {
            text.add(m.rowAxis());
            text.add(m.columnAxis());
            text.addAll(m.rowLabels());
            text.addAll(m.columnLabels());
            m.entries().forEach(e -> text.add(e.label()));
        }
        return text;
    }
}
