package org.mizan.dossier;

/** An economic asset such as an oil field: who controls it and who protects it (actor ids, either may be null). */
public record Resource(String id, Text name, ResourceKind kind, String controller, String protector, Evidence evidence) implements Fact {
}
