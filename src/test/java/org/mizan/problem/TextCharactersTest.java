package org.mizan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which characters text may hold: invisible ones never in English text and ids, a documented few in Arabic. */
class TextCharactersTest {

    private static final String RLO = "\u202E";

    @Test
    void everyBidiControlAndZeroWidthCharacterIsRefusedInEnglishText() {
        int[] refused = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x00AD, 0xE0041};
        for (int c : refused) {
            String text = "ab" + Character.toString(c) + "cd";
            assertTrue(TextCharacters.firstBad(text) != null, Integer.toHexString(c));
        }
        assertEquals("the invisible character U+202E (right-to-left override) at character 3, which reorders the"
                + " text around it without being seen: remove it", TextCharacters.firstBad("ab" + RLO + "cd"));
        assertEquals("the invisible character U+200B (zero width space) at character 1, which hides in the text"
                + " without being seen: remove it", TextCharacters.firstBad("\u200Bsdf"));
    }

    @Test
    void arabicTextMayHoldTheDocumentedMarksAndNothingElseInvisible() {
        for (int c : new int[] {0x200C, 0x200E, 0x200F, 0x061C}) {
            String text = "قوات" + Character.toString(c) + "سوريا";
            assertNull(TextCharacters.firstBad(text, true), Integer.toHexString(c));
        }
        assertTrue(TextCharacters.firstBad("قوات" + RLO + "سوريا", true) != null);
        assertTrue(TextCharacters.firstBad("قوات\u200Bسوريا", true) != null);
        assertEquals("the invisible character U+200F (right-to-left mark) at character 2, which hides in the text"
                + " without being seen: remove it (Arabic text may hold it; English text and ids may not)",
                TextCharacters.firstBad("a\u200Fb"));
    }

    @Test
    void plainTextOfBothScriptsPasses() {
        assertNull(TextCharacters.firstBad("Syrian Democratic Forces (SDF)\n\tline two"));
        assertNull(TextCharacters.firstBad("قوات سوريا الديمقراطية (قسد) 😀", true));
    }

    @Test
    void inJsonTheArSideAndArabicExcerptsAreArabicAndKeysAreChecked() {
        String json = "{\"name\": {\"en\": \"a\", \"ar\": \"ب\u200Fج\"}, \"excerpt\": \"د\u200Cه\","
                + " \"id\": \"x\u200Fy\", \"fr\u200Bance\": 1}";
        List<String> lines = TextCharacters.inJson("f.json", json).stream().map(Problem::format).toList();
        assertEquals(List.of("f.json:1:60: error: \"id\" holds the invisible character U+200F (right-to-left mark) at"
                + " character 2, which hides in the text without being seen: remove it (Arabic text may hold it;"
                + " English text and ids may not)",
                "f.json:1:67: error: the key \"fr<U+200B>ance\" holds the invisible character U+200B (zero width space)"
                + " at character 3, which hides in the text without being seen: remove it"), lines);
    }

    @Test
    void templatesAreLocatedAtTheCharacter() {
        assertEquals(List.of("t.mustache:2:4: error: the template holds the invisible character U+2066 (left-to-right"
                + " isolate), which reorders the text around it without being seen: remove it"),
                TextCharacters.inTemplate("t.mustache", "one\ntwo\u2066three", false).stream()
                        .map(Problem::format).toList());
        assertTrue(TextCharacters.inTemplate("t.mustache", "واحد\u200Fاثنان", true).isEmpty());
    }

    @Test
    void errorLinesShowInvisibleCharactersAsCodes() {
        assertEquals("facts/ev<U+202E>nosj.json:1:1: error: bad \"x<U+200B>\"",
                Problem.at("facts/ev" + RLO + "nosj.json", 1, 1, "bad \"x\u200B\"").format());
        assertEquals("plain\nand\ttabs", TextCharacters.shown("plain\nand\ttabs"));
    }
}
