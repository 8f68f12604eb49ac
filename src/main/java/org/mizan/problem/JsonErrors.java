package org.mizan.problem;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Jackson's syntax errors in the words of Mizan's other messages: the cause first, then what to do, at the line and
 * column where the parser stopped. Jackson's own wording ("was expecting comma to separate Object entries", "(code
 * 34)", "StreamReadConstraints.getMaxNestingDepth()") describes its parser, not the analyst's file.
 */
public final class JsonErrors {

    private record Wording(Pattern pattern, Function<Matcher, String> words) {
    }

    private static final String CHAR = "Unexpected character \\('(.*?)' \\(code \\d+[^)]*\\)\\)";

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile(CHAR + ": was expecting comma to separate (Object|Array) entries"),
                    m -> "a comma is missing before " + shown(m.group(1)) + ": separate the entries of "
                            + (m.group(2).equals("Object") ? "an object {...}" : "a list [...]") + " with commas"),
            new Wording(Pattern.compile(CHAR + ": was expecting a colon to separate field name and value"),
                    m -> "a colon is missing before " + shown(m.group(1)) + ": write \"field\": value"),
            new Wording(Pattern.compile(CHAR + ": was expecting double-quote to start field name"),
                    m -> shown(m.group(1)) + " where a field name in double quotes belongs: write \"field\": value"),
            new Wording(Pattern.compile(CHAR + ": expected a (?:valid )?value.*"),
                    m -> shown(m.group(1)) + " where a value belongs: a value is text in double quotes, a number,"
                            + " true, false, null, a list [...] or an object {...}"),
            new Wording(Pattern.compile(CHAR + ": .*"),
                    m -> "unexpected " + shown(m.group(1)) + ": check the punctuation just before it"),
            new Wording(Pattern.compile("Unrecognized token '(.*?)': was expecting .*"),
                    m -> "unrecognized word '" + m.group(1) + "': a value is text in double quotes, a number, true,"
                            + " false, null, a list [...] or an object {...}"),
            new Wording(Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*"),
                    m -> "'" + m.group(1) + "' closes what '" + opener(m.group(2)) + "' opened: close it with '"
                            + m.group(2) + "'"),
            new Wording(Pattern.compile("Unexpected end-of-input: expected close marker for (Object|Array) \\(start"
                    + " marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\).*"),
                    m -> "the file ends before " + (m.group(1).equals("Object") ? "the object {...}" : "the list [...]")
                            + " opened at line " + m.group(2) + ", column " + m.group(3) + " is closed (cut short?);"
                            + " restore its end"),
            new Wording(Pattern.compile("Unexpected end-of-input.*"),
                    m -> "the file ends before what it opened is closed (cut short?); restore its end"),
            new Wording(Pattern.compile("Duplicate field '(.*?)'.*"),
                    m -> "field \"" + m.group(1) + "\" is written twice in this object: keep one"),
            new Wording(Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*"),
                    m -> "lists and objects nested more than " + m.group(2) + " deep: no fact needs that many"
                            + " levels; look for brackets pasted in by mistake"),
            new Wording(Pattern.compile("Unexpected character \\(CTRL-CHAR, code (\\d+)\\).*"),
                    m -> "a control character (code " + m.group(1) + ") in the middle of the JSON: delete it"),
            new Wording(Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*"),
                    m -> "a control character (code " + m.group(1) + ") inside text in quotes: write it as an escape"
                            + " (\\n for a line break) or delete it"));

    private JsonErrors() {
    }

    /** The problem at the place Jackson stopped, in Mizan's words. */
    public static Problem problem(String file, JsonProcessingException e) {
        return problem(file, null, e);
    }

    /** The same, at {@code fallback} when the exception carries no location (a broken read constraint). */
    public static Problem problem(String file, JsonLocation fallback, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
        String message = "invalid JSON: " + words(e.getOriginalMessage());
        return at == null || at.getLineNr() < 1 ? new Problem(SourceLocation.ofFile(file), message)
                : Problem.at(file, at.getLineNr(), Math.max(at.getColumnNr(), 0), message);
    }

    /** Jackson's message translated where a wording is known; otherwise its first line, without reader internals. */
    public static String words(String jackson) {
        String first = jackson == null ? "" : jackson.strip().lines().findFirst().orElse("");
        for (Wording w : WORDINGS) {
            Matcher m = w.pattern().matcher(first);
            if (m.matches()) {
                return w.words().apply(m);
            }
        }
        return first.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String shown(String character) {
        return "'" + character + "'";
    }

    private static String opener(String closer) {
        return closer.equals("}") ? "{" : "[";
    }
}
