package org.mizan.inference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of one DRL text begins, where its action ({@code then}) begins and where it ends, by line:
 * what an error inside a rule is searched and reported against.
 */
final class RuleSpans {

    /** Lines are 1-based; {@code then} or {@code end} is 0 when the rule lacks it. */
    record Span(String rule, int ruleLine, int thenLine, int endLine) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([\\w$]+))");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    private final String[] lines;
    private final Map<String, Span> spans;

    RuleSpans(String text) {
        this.lines = text.split("\\R", -1);
        this.spans = scan(lines);
    }

    private static Map<String, Span> scan(String[] lines) {
        Map<String, Span> spans = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (!rule.find()) {
                continue;
            }
            String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
            int then = 0;
            int end = 0;
            for (int j = i + 1; j < lines.length && end == 0; j++) {
                if (then == 0 && THEN.matcher(lines[j]).find()) {
                    then = j + 1;
                } else if (END.matcher(lines[j]).find()) {
                    end = j + 1;
                } else if (RULE.matcher(lines[j]).find()) {
                    break;
                }
            }
            spans.putIfAbsent(name, new Span(name, i + 1, then, end));
        }
        return spans;
    }

    Optional<Span> of(String rule) {
        return Optional.ofNullable(spans.get(rule));
    }

    /** The rule whose text holds {@code line}, if any. */
    Optional<Span> around(int line) {
        Span found = null;
        for (Span s : spans.values()) {
            if (s.ruleLine() <= line) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    int lineCount() {
        return lines.length;
    }

    /** The first place at or after {@code fromLine} (up to {@code toLine}) where {@code pattern} matches. */
    Optional<int[]> find(Pattern pattern, int fromLine, int toLine, int group) {
        for (int n = Math.max(1, fromLine); n <= Math.min(toLine, lines.length); n++) {
            Matcher m = pattern.matcher(stripComment(lines[n - 1]));
            if (m.find()) {
                return Optional.of(new int[] {n, m.start(group) + 1});
            }
        }
        return Optional.empty();
    }

    /**
     * The line where the action's code starts: Drools drops the blank text after {@code then}, so the compiler's
     * first action line is the first line with code, not the {@code then} line itself.
     */
    int firstActionLine(Span span) {
        String rest = line(span.thenLine()).replaceFirst("^\\s*then", "");
        if (!rest.isBlank()) {
            return span.thenLine();
        }
        int n = span.thenLine() + 1;
        while (n < span.endLine() && line(n).isBlank()) {
            n++;
        }
        return n;
    }

    /** The first line at or after {@code from} whose code has an odd number of double quotes: an unclosed text. */
    Optional<Integer> unclosedQuote(int from) {
        for (int n = Math.max(1, from); n <= lines.length; n++) {
            String code = stripComment(lines[n - 1]).replace("\\\\", "").replace("\\\"", "");
            if (code.chars().filter(c -> c == '"').count() % 2 == 1) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The first column that is not blank, for errors known only by line. */
    int firstColumn(int line) {
        String text = line(line);
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? i + 1 : 1;
    }

    /** A line with a trailing // comment blanked out (same length, so columns stay right). */
    private static String stripComment(String line) {
        int at = line.indexOf("//");
        return at < 0 ? line : line.substring(0, at) + " ".repeat(line.length() - at);
    }
}
