package org.mizan.dossier;

/** A statement about some subject (a fact or actor id): an official denial, field indicators, an assessment. {@code by} is who says it, if anyone. */
public record Claim(String id, String subject, ClaimKind kind, String by, Text statement, Evidence evidence) implements Fact {
}
