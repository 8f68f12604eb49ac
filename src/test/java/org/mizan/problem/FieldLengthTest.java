package org.mizan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A field longer than the bound is refused where it was written; everything up to the bound passes. */
class FieldLengthTest {

    private static final String LONGEST = "x".repeat(FieldLength.MAX);

    @Test
    void aJsonValueOverTheBoundIsReportedAtItsOpeningQuote() {
        String json = "// a comment\n{\n  \"id\": \"a\",\n  \"name\": { \"en\": \"" + LONGEST + "y\", },\n}\n";
        assertEquals(List.of("f.json:4:19: error: \"en\" is 4001 characters long; a field may hold at most 4000: "
                + "keep the passage that matters (the whole text belongs in the source)"),
                FieldLength.inJson("f.json", json).stream().map(Problem::format).toList());
    }

    @Test
    void aValueAtTheBoundAndABrokenFileAreLeftToTheFilesReader() {
        assertTrue(FieldLength.inJson("f.json", "{\"en\": \"" + LONGEST + "\"}").isEmpty());
        assertTrue(FieldLength.inJson("f.json", "{\"en\": \"short\" \"missing comma\"").isEmpty());
    }

    @Test
    void aTemplateParagraphOverTheBoundIsReportedAtItsFirstLine() {
        String half = "y".repeat(FieldLength.MAX / 2);
        String template = "A short first paragraph.\n\n" + half + "\n" + half + "\n\nA short last one.\n";
        assertEquals(List.of("t.mustache:3:1: error: a paragraph is 4001 characters long; a field may hold at most "
                + "4000: keep the passage that matters (the whole text belongs in the source)"),
                FieldLength.inTemplate("t.mustache", template).stream().map(Problem::format).toList());
        assertTrue(FieldLength.inTemplate("t.mustache", LONGEST + "\n\n" + LONGEST).isEmpty());
    }
}
