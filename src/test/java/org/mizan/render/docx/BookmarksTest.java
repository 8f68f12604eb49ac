package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Model anchors become names Word accepts, stably and without collisions. */
class BookmarksTest {

    private final Bookmarks bookmarks = new Bookmarks(java.util.Set.of());

    @Test
    void hyphensBecomeUnderscores() {
        assertEquals("risk_r1", bookmarks.name("risk-r1"));
    }

    @Test
    void aNameStartsWithALetterSoWordDoesNotHideIt() {
        assertEquals("m1_risk", bookmarks.name("1-risk"));
        assertEquals("m_toc", bookmarks.name("_toc"));
    }

    @Test
    void theSameAnchorAlwaysGetsTheSameName() {
        assertEquals(bookmarks.name("evidence-f1"), bookmarks.name("evidence-f1"));
    }

    @Test
    void anchorsThatWouldCollideGetDistinctNames() {
        String hyphen = bookmarks.name("a-b");
        String underscore = bookmarks.name("a_b");
        assertNotEquals(hyphen, underscore);
        assertEquals("a_b_2", underscore);
    }

    @Test
    void longAnchorsAreCutToFortyCharactersAndStayDistinct() {
        String a = bookmarks.name("x".repeat(60) + "a");
        String b = bookmarks.name("x".repeat(60) + "b");
        assertTrue(a.length() <= 40 && b.length() <= 40);
        assertNotEquals(a, b);
    }
}
