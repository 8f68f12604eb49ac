package org.mizan.brief;

import java.util.List;

/** A list of items, bulleted or numbered. */
public record BulletList(boolean numbered, List<Paragraph> items) implements Block {

    public BulletList {
        items = List.copyOf(items);
    }
}
