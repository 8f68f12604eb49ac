package org.mizan.dossier;

import java.util.List;

/** A plan or intended arrangement, with the actors involved and its horizon (ISO date, may be partial). */
public record Plan(String id, Text title, PlanKind kind, List<String> actors, String horizon, Evidence evidence) implements Fact {
}
