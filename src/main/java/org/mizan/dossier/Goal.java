package org.mizan.dossier;

/** What an actor seeks from another (e.g. the transitional government from the coalition). */
public record Goal(String id, String actor, String target, GoalKind kind, Text detail, Evidence evidence) implements Fact {
}
