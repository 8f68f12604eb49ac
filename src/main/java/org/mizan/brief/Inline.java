package org.mizan.brief;

/** A piece of running text inside a paragraph. */
public sealed interface Inline permits Span, Link {

    String text();
}
