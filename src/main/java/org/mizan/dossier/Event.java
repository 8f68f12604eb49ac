package org.mizan.dossier;

import java.util.List;

/** A dated event. {@code date} is ISO, as precise as the source: 2014, 2014-09 or 2014-09-10. */
public record Event(String id, String date, Text title, EventKind kind, List<String> actors, Evidence evidence) implements Fact {
}
