package org.mizan.dossier;

import java.util.List;

/** An understanding or track between parties, possibly sponsored or overseen by others. */
public record Agreement(String id, Text name, AgreementKind kind, List<String> parties, List<String> sponsors, List<Text> topics, Evidence evidence) implements Fact {
}
