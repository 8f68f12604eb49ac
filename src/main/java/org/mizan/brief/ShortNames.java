package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;

/**
 * Names as analysts write them: an actor's full name the first time the brief mentions it, its short form after
 * that ("the coalition", «قسد»). One pass over the finished sections in reading order, so it holds whichever
 * sentence — a template, a rule's risk title, a fact's label — happens to mention the actor first. In English a
 * "the" before the full name is taken into the short form, and a short form that opens a sentence is capitalised.
 * Verbatim excerpts are never touched: a quotation keeps the source's words.
 */
final class ShortNames {

    private final List<Rename> renames;
    private final Set<String> verbatim;
    private final Set<String> mentioned = new HashSet<>();

    private record Rename(String id, Pattern full, String shortForm) {
    }

    private ShortNames(List<Rename> renames, Set<String> verbatim) {
        this.renames = renames;
        this.verbatim = verbatim;
    }

    static List<Section> apply(List<Section> sections, java.util.Collection<Fact> facts, Wording w) {
        List<Rename> renames = new ArrayList<>();
        Set<String> verbatim = new HashSet<>();
        for (Fact f : facts) {
            if (f.evidence() != null && f.evidence().excerpt() != null) {
                verbatim.add(f.evidence().excerpt());
            }
            if (f instanceof Actor a && a.shortName() != null && a.name() != null) {
                String full = w.prose(a.name().in(w.language()));
                String shortForm = w.prose(a.shortName().in(w.language()));
                if (full != null && shortForm != null && !full.isBlank() && !full.equals(shortForm)) {
                    renames.add(new Rename(a.id(), pattern(full, w.language()), shortForm));
                }
            }
        }
        // Longer names first, so a name inside another ("United States" in a longer name) is not cut apart.
        renames.sort((x, y) -> Integer.compare(y.full().pattern().length(), x.full().pattern().length()));
        ShortNames pass = new ShortNames(renames, verbatim);
        return sections.stream().map(pass::section).toList();
    }

    private static Pattern pattern(String full, Language language) {
        String name = Pattern.quote(full);
        return language == Language.EN ? Pattern.compile("(?:\\b([Tt]he) )?" + name + "(?![\\p{L}])")
                : Pattern.compile(name);
    }

    private Section section(Section s) {
        String title = s.title();
        List<Block> blocks = s.blocks().stream().map(this::block).toList();
        List<Section> subs = s.subsections().stream().map(this::section).toList();
        return new Section(s.anchor(), title, s.level(), blocks, subs, s.part());
    }

    private Block block(Block b) {
        if (b instanceof Paragraph p) {
            return paragraph(p);
        } else if (b instanceof BulletList l) {
            return new BulletList(l.numbered(), l.items().stream().map(this::paragraph).toList());
        } else if (b instanceof Table t) {
            List<List<Cell>> rows = t.rows().stream().map(r -> r.stream().map(this::cell).toList()).toList();
            return new Table(t.anchor(), t.caption(), t.columnWeights(), t.header(), rows);
        }
        return b;
    }

    private Cell cell(Cell c) {
        return new Cell(c.anchor(), c.tone(), c.paragraphs().stream().map(this::paragraph).toList());
    }

    private Paragraph paragraph(Paragraph p) {
        List<Inline> inlines = new ArrayList<>();
        for (Inline i : p.inlines()) {
            inlines.add(i instanceof Span s && !verbatim.contains(s.text()) ? new Span(text(s.text()), s.emphasis())
                    : i);
        }
        return new Paragraph(p.anchor(), p.role(), inlines);
    }

    /** The text with every mention after an actor's first replaced by its short form. */
    String text(String text) {
        String out = text;
        for (Rename r : renames) {
            out = rename(out, r);
        }
        return out;
    }

    private String rename(String text, Rename r) {
        Matcher m = r.full().matcher(text);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            if (mentioned.add(r.id())) {
                m.appendReplacement(s, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String shortForm = r.shortForm();
            boolean opens = m.groupCount() >= 1 && m.group(1) != null && m.group(1).startsWith("T")
                    || opensSentence(text, m.start());
            m.appendReplacement(s, Matcher.quoteReplacement(opens ? capital(shortForm) : shortForm));
        }
        m.appendTail(s);
        return s.toString();
    }

    private static boolean opensSentence(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("?") || before.endsWith("!");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
