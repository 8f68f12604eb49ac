package org.mizan.dossier;

/** Something one actor gives another: the raw material of dependencies. */
public record Support(String id, String provider, String recipient, SupportType type, Text detail, Evidence evidence) implements Fact {
}
