package org.mizan.brief;

/** An internal link to an anchor elsewhere in the brief (a section, a table cell, a paragraph). */
public record Link(String text, String target) implements Inline {
}
