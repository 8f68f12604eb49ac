package org.mizan.dossier;

/** A military base or point: who operates it, what it is for, and whether it exists yet. */
public record Base(String id, Text name, Text location, String operator, BaseRole role, BaseStatus status, Evidence evidence) implements Fact {
}
