package org.mizan.dossier;

/** A state, coalition, armed force, government body or group. {@code partOf} names the actor it belongs to, if any. */
public record Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence) implements Fact {
}
