package org.mizan.brief;

/** Plain running text. */
public record Span(String text, Emphasis emphasis) implements Inline {

    public static Span plain(String text) {
        return new Span(text, Emphasis.NONE);
    }

    public static Span bold(String text) {
        return new Span(text, Emphasis.BOLD);
    }
}
