package org.mizan.brief;

import java.util.ArrayList;
import java.util.BitSet;
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
    private final NameIndex index;
    private final Set<String> verbatim;
    private final Set<String> mentioned = new HashSet<>();

    /** {@code name} is the full name as written, which every match of {@code full} contains. */
    private record Rename(String id, String name, Pattern full, String shortForm) {
    }

    private ShortNames(List<Rename> renames, Set<String> verbatim) {
        this.renames = renames;
        this.index = new NameIndex(renames);
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
                    renames.add(new Rename(a.id(), full, pattern(full, w.language()), shortForm));
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

    /**
     * The text with every mention after an actor's first replaced by its short form. Only the names the text
     * contains are tried, in the renames' order: a dossier of a thousand theatres has thousands of actors, and
     * trying each one's expression on every sentence was most of the brief's time. A rename that finds no name in
     * the text changes nothing (not even who was mentioned), so skipping it gives the same text.
     */
    String text(String text) {
        String out = text;
        BitSet candidates = index.occurringIn(out);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            String before = out;
            out = rename(out, renames.get(i));
            if (!out.equals(before)) {
                // A short form put in could complete a later name: look again, for the renames after this one.
                candidates = index.occurringIn(out);
            }
        }
        return out;
    }

    /** The full names as a tree of characters, to find every name a text contains in one pass over it. */
    private static final class NameIndex {

        private static final class Node {
            /** The characters that continue a name from here, sorted, and the nodes they lead to. */
            private char[] keys = new char[0];
            private Node[] next = new Node[0];
            /** The renames (by position) whose full name ends here. */
            private int[] ends = new int[0];

            /** Looked up by a binary search over plain chars: no boxing per character of a long paragraph. */
            Node child(char c) {
                int at = java.util.Arrays.binarySearch(keys, c);
                return at < 0 ? null : next[at];
            }

            Node childOrNew(char c) {
                int at = java.util.Arrays.binarySearch(keys, c);
                if (at >= 0) {
                    return next[at];
                }
                int insert = -at - 1;
                char[] k = new char[keys.length + 1];
                Node[] n = new Node[next.length + 1];
                System.arraycopy(keys, 0, k, 0, insert);
                System.arraycopy(next, 0, n, 0, insert);
                k[insert] = c;
                n[insert] = new Node();
                System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
                System.arraycopy(next, insert, n, insert + 1, next.length - insert);
                keys = k;
                next = n;
                return n[insert];
            }
        }

        private final Node root = new Node();

        NameIndex(List<Rename> renames) {
            for (int i = 0; i < renames.size(); i++) {
                Node node = root;
                for (char c : renames.get(i).name().toCharArray()) {
                    node = node.childOrNew(c);
                }
                node.ends = java.util.Arrays.copyOf(node.ends, node.ends.length + 1);
                node.ends[node.ends.length - 1] = i;
            }
        }

        /** The positions of the renames whose full name occurs somewhere in {@code text}. */
        BitSet occurringIn(String text) {
            BitSet found = new BitSet();
            for (int start = 0; start < text.length(); start++) {
                Node node = root;
                for (int j = start; j < text.length(); j++) {
                    node = node.child(text.charAt(j));
                    if (node == null) {
                        break;
                    }
                    for (int end : node.ends) {
                        found.set(end);
                    }
                }
            }
            return found;
        }
    }

    /**
     * Each match of the rename's expression, found as {@link Matcher#find} would find them one after another, but
     * each search starts at the next plain occurrence of the name (less the room for "the "): no match can start
     * before it, and a paragraph naming a thousand actors is not scanned by a thousand expressions from its start.
     */
    private String rename(String text, Rename r) {
        Matcher m = r.full().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Made only when a mention is shortened: a first mention keeps its words, and copying a long paragraph for
        // each of its names was gigabytes of garbage at 1000x.
        StringBuilder s = null;
        int copied = 0;
        int from = 0;
        while (true) {
            int next = text.indexOf(r.name(), from);
            if (next < 0) {
                break;
            }
            m.region(Math.max(from, next - THE.length()), text.length());
            if (!m.find()) {
                break;
            }
            from = m.end();
            if (mentioned.add(r.id())) {
                continue;
            }
            String shortForm = r.shortForm();
            boolean opens = m.groupCount() >= 1 && m.group(1) != null && m.group(1).startsWith("T")
                    || opensSentence(text, m.start());
            s = s == null ? new StringBuilder(text.length()) : s;
            s.append(text, copied, m.start()).append(opens ? capital(shortForm) : shortForm);
            copied = m.end();
        }
        return s == null ? text : s.append(text, copied, text.length()).toString();
    }

    /** The article the English expression may take in before a name ("the " / "The "). */
    private static final String THE = "the ";

    /** Whether only white space, or the end of a sentence, comes before {@code at} (looked at from {@code at} back). */
    private static boolean opensSentence(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        if (i == 0) {
            return true;
        }
        char last = text.charAt(i - 1);
        return last == '.' || last == '?' || last == '!';
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
