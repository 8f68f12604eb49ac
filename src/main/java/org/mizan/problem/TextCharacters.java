package org.mizan.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Text an analyst writes must be characters both renderers draw the same way, and that a reader sees: a NUL or
 * another control character, or half of a surrogate pair, comes out as a '?' in the Word file and as nothing (or a
 * box) in the PDF; an invisible format character (a bidirectional embedding, override or isolate, a zero-width
 * space or joiner, a byte order mark) reorders or hides the text around it without being seen (the "Trojan Source"
 * pattern), and makes two ids that look the same differ. Facts, labels, the risk wording and templates are all checked
 * with these words.
 *
 * <p>Arabic text may hold the few invisible characters Arabic writing needs ({@link #ARABIC_MARKS}); English text
 * and ids hold none. The list is documented in facts/README.md and templates/README.md.
 */
public final class TextCharacters {

    /**
     * The invisible characters Arabic text may hold: the zero-width non-joiner (keeps two letters from joining), the
     * right-to-left and left-to-right marks (place a neutral character such as a bracket or a number's sign on the
     * right side), and the Arabic letter mark. None of them overrides or embeds: they cannot reorder what follows.
     */
    public static final Set<Integer> ARABIC_MARKS = Set.of(0x200C, 0x200E, 0x200F, 0x061C);

    private TextCharacters() {
    }

    /** What is wrong with the first character of English text or an id that is not text, or null. */
    public static String firstBad(String text) {
        return firstBad(text, false);
    }

    /**
     * What is wrong with the first character of {@code text} that is not text, or null; line breaks and tabs pass,
     * and in {@code arabic} text so do the {@link #ARABIC_MARKS}.
     */
    public static String firstBad(String text, boolean arabic) {
        int at = firstBadIndex(text, arabic);
        return at < 0 ? null : describe(text.codePointAt(at)) + " at character " + (at + 1)
                + advice(text.codePointAt(at), arabic);
    }

    /** Where the first character of {@code text} that is not text stands, or -1. */
    private static int firstBadIndex(String text, boolean arabic) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return i;
            }
            boolean pairs = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairs) {
                if (isInvisible(text.codePointAt(i), arabic)) {
                    return i;
                }
                i++;
            } else if (Character.isSurrogate(c) || isInvisible(c, arabic)) {
                return i;
            }
        }
        return -1;
    }

    /** A format character (Unicode category Cf: drawn as nothing), unless Arabic text may hold it. */
    private static boolean isInvisible(int codePoint, boolean arabic) {
        return Character.getType(codePoint) == Character.FORMAT && !(arabic && ARABIC_MARKS.contains(codePoint));
    }

    private static String describe(int c) {
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return String.format(Locale.ROOT, "half of a surrogate pair (U+%04X)", c);
        }
        if (Character.isISOControl(c)) {
            return String.format(Locale.ROOT, "the control character U+%04X", c);
        }
        return String.format(Locale.ROOT, "the invisible character U+%04X (%s)", c, name(c));
    }

    private static String name(int c) {
        String name = Character.getName(c);
        return name == null ? "a format character" : name.toLowerCase(Locale.ROOT);
    }

    private static String advice(int c, boolean arabic) {
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return ", which is not a character: write the whole character or its two \\u escapes";
        }
        if (Character.isISOControl(c)) {
            return ": remove it";
        }
        String effect = isBidiControl(c) ? ", which reorders the text around it without being seen"
                : ", which hides in the text without being seen";
        return effect + ": remove it" + (!arabic && ARABIC_MARKS.contains(c)
                ? " (Arabic text may hold it; English text and ids may not)" : "");
    }

    /**
     * Whether the string value of JSON key {@code key} is Arabic text: the {@code "ar"} side of a text in both
     * languages, or an excerpt quoting an Arabic source (one holding Arabic letters).
     */
    public static boolean isArabic(String key, String value) {
        return "ar".equals(key) || "excerpt".equals(key)
                && value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /**
     * {@code text} as an error line may show it: each invisible or control character but the line break and the tab
     * written as {@code <U+202E>}, so a file name or a quoted value cannot reorder or hide what the analyst reads.
     */
    public static String shown(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            boolean hidden = Character.getType(c) == Character.FORMAT || Character.isISOControl(c) && c != '\n'
                    && c != '\t' || Character.getType(c) == Character.SURROGATE;
            if (hidden && s == null) {
                s = new StringBuilder(text.substring(0, i));
            }
            if (hidden) {
                s.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else if (s != null) {
                s.appendCodePoint(c);
            }
        }
        return s == null ? text : s.toString();
    }

    /** The embeddings, overrides, isolates and their ends (U+202A–U+202E, U+2066–U+2069). */
    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * Every string value of the JSON {@code text} holding a character that is not text, located at the value; the
     * value of a key {@code "ar"} is Arabic text. A syntax error ends the scan: the file's own reader reports it.
     */
    public static List<Problem> inJson(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = LenientJson.FACTORY.createParser(text)) {
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                boolean isKey = token == JsonToken.FIELD_NAME;
                String bad = token == JsonToken.VALUE_STRING || isKey
                        ? firstBad(p.getText(), !isKey && isArabic(p.currentName(), p.getText())) : null;
                if (bad != null) {
                    problems.add(Problem.at(file, p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(), (isKey ? "the key \"" + p.getText() + "\""
                                    : p.currentName() == null ? "a value" : "\"" + p.currentName() + "\"")
                                    + " holds " + bad));
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
    public static List<Problem> inTemplate(String file, String text, boolean arabic) {
        return inFile(file, text, "the template", arabic);
    }

    /**
     * The first character of a rule file's {@code text} that is not text, at its line and column; or none. A rule
     * file is code, where an invisible character is the "Trojan Source" pattern: the rule would do other than it reads.
     */
    public static List<Problem> inRules(String file, String text) {
        return inFile(file, text, "the rule file", false);
    }

    private static List<Problem> inFile(String file, String text, String what, boolean arabic) {
        int at = firstBadIndex(text, arabic);
        return at < 0 ? List.of() : List.of(Problem.atOffset(file, text, at,
                what + " holds " + describe(text.codePointAt(at)) + advice(text.codePointAt(at), arabic)));
    }
}
