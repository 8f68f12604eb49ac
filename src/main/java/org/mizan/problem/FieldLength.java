package org.mizan.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The longest text one field may hold: a fact's or a scenario's string value, a paragraph of a template. Every
 * field ends up in a paragraph of the brief, and OpenPDF's line breaking of bidirectional text grows much faster
 * than the text (a field of 1 MB kept {@code generate} busy for minutes), so a pasted document is refused where it
 * was pasted, before anything slow starts. The dossier's longest field is under 300 characters; a quoted excerpt
 * of a source rarely passes 1,500. The README's "Limits" section documents the bound.
 */
public final class FieldLength {

    /** Characters (UTF-16 units, as an editor counts them for Arabic and Latin text). */
    public static final int MAX = 4_000;

    private FieldLength() {
    }

    /**
     * Every string value of the JSON {@code text} that is longer than {@link #MAX}. Only the lengths are checked:
     * the file's own reader reports its syntax, so a syntax error simply ends the scan.
     */
    public static List<Problem> inJson(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = LenientJson.FACTORY.createParser(text)) {
            try {
                for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                    if (token == JsonToken.VALUE_STRING && p.getTextLength() > MAX) {
                        problems.add(tooLong(file, p.currentTokenLocation(), p.currentName(), p.getTextLength()));
                    }
                }
            } catch (StreamConstraintsException e) {
                // Too deep a nesting, too long a number: where the parser stood when it gave up.
                problems.add(JsonErrors.problem(file, p.currentLocation(), e));
            }
        } catch (JsonProcessingException e) {
            // a syntax error, which the file's reader reports with its own message
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return problems;
    }

    /** Throws the problems of {@link #inJson} if there are any, so that nothing reads the file further. */
    public static void requireInJson(String file, String text) {
        List<Problem> problems = inJson(file, text);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** Every paragraph (lines between blank lines) of a template's {@code text} that is longer than {@link #MAX}. */
    public static List<Problem> inTemplate(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int start = 0;
        int length = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (blank) {
                if (length > MAX) {
                    problems.add(tooLong(file, start + 1, 1, "a paragraph", length));
                }
                length = 0;
            } else {
                start = length == 0 ? i : start;
                length += (length == 0 ? 0 : 1) + lines[i].length();
            }
        }
        return problems;
    }

    private static Problem tooLong(String file, JsonLocation at, String field, int length) {
        return tooLong(file, at.getLineNr(), at.getColumnNr(), field == null ? "a value" : "\"" + field + "\"",
                length);
    }

    private static Problem tooLong(String file, int line, int column, String what, int length) {
        return Problem.at(file, line, column, what + " is " + length + " characters long; a field may hold at most "
                + MAX + ": keep the passage that matters (the whole text belongs in the source)");
    }
}
