package org.mizan.brief;

/** A figure: a diagram described by its data (renderers lay it out and draw it), with caption and alt text. */
public record Figure(String anchor, String caption, String altText, Diagram diagram) implements Block {
}
