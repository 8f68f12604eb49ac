package org.mizan.dossier;

/** A standing relation between two actors, read as: subject KIND object. */
public record Relation(String id, String subject, String object, RelationKind kind, Text detail, Evidence evidence) implements Fact {
}
