package org.mizan.render.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/**
 * Turns the model's anchors into Word bookmark names and numbers them. Word accepts only letters, digits and
 * underscores, starting with a letter, at most 40 characters; a name starting with "_" would be hidden from the
 * analyst's Bookmark dialog, so anchors get a letter prefix instead when they need one. The same anchor always
 * maps to the same name, so links and their targets agree whichever is written first.
 */
final class Bookmarks {

    private static final int MAX_LENGTH = 40;

    private final Set<String> defined;
    private final Map<String, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private int nextId;

    /** {@code defined}: the anchors the brief has, which links may point to. */
    Bookmarks(Set<String> defined) {
        this.defined = Set.copyOf(defined);
    }

    boolean isDefined(String anchor) {
        return defined.contains(anchor);
    }

    /** The bookmark name for an anchor. */
    String name(String anchor) {
        return names.computeIfAbsent(anchor, this::freshName);
    }

    /** Opens a bookmark at the current end of the paragraph; returns its id, to pass to {@link #end}. */
    BigInteger start(XWPFParagraph paragraph, String anchor) {
        BigInteger id = BigInteger.valueOf(nextId++);
        CTBookmark bookmark = paragraph.getCTP().addNewBookmarkStart();
        bookmark.setId(id);
        bookmark.setName(name(anchor));
        return id;
    }

    void end(XWPFParagraph paragraph, BigInteger id) {
        paragraph.getCTP().addNewBookmarkEnd().setId(id);
    }

    private String freshName(String anchor) {
        String base = anchor.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "m" + base;
        }
        base = truncate(base, MAX_LENGTH);
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            String suffix = "_" + n;
            candidate = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String truncate(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }
}
