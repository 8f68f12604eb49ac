package org.mizan.brief;

/** A block of content inside a section. */
public sealed interface Block permits Paragraph, BulletList, Table, Figure {
}
