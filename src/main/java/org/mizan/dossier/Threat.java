package org.mizan.dossier;

/** A hostile actor's standing presence somewhere. */
public record Threat(String id, String actor, Text area, ThreatStatus status, Evidence evidence) implements Fact {
}
