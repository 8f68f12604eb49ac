package org.mizan.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Text an analyst writes must be characters both renderers draw the same way: a NUL or another control character, or
 * half of a surrogate pair, comes out as a '?' in the Word file and as nothing (or a box) in the PDF. Facts, labels,
 * the risk wording and templates are all checked with these words.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** What is wrong with the first character of {@code text} that is not text, or null; line breaks and tabs pass. */
    public static String firstBad(String text) {
        int at = firstBadIndex(text);
        return at < 0 ? null : describe(text.charAt(at)) + " at character " + (at + 1) + advice(text.charAt(at));
    }

    /** Where the first character of {@code text} that is not text stands, or -1. */
    private static int firstBadIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return i;
            }
            boolean pairs = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairs) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        return Character.isSurrogate(c) ? String.format(Locale.ROOT, "half of a surrogate pair (U+%04X)", (int) c)
                : String.format(Locale.ROOT, "the control character U+%04X", (int) c);
    }

    private static String advice(char c) {
        return Character.isSurrogate(c)
                ? ", which is not a character: write the whole character or its two \\u escapes" : ": remove it";
    }

    /**
     * Every string value of the JSON {@code text} holding a character that is not text, located at the value. A syntax
     * error ends the scan: the file's own reader reports it.
     */
    public static List<Problem> inJson(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = LenientJson.FACTORY.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                String bad = token == JsonToken.VALUE_STRING ? firstBad(p.getText()) : null;
                if (bad != null) {
                    problems.add(Problem.at(file, p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(), (p.currentName() == null ? "a value"
                                    : "\"" + p.currentName() + "\"") + " holds " + bad));
                }
            }
        } catch (JsonProcessingException e) {
            // a syntax error, which the file's reader reports with its own message
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return problems;
    }

    /** The first character of a template's {@code text} that is not text, at its line and column; or none. */
    public static List<Problem> inTemplate(String file, String text) {
        int at = firstBadIndex(text);
        return at < 0 ? List.of() : List.of(Problem.atOffset(file, text, at,
                "the template holds " + describe(text.charAt(at)) + advice(text.charAt(at))));
    }
}
