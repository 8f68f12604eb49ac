package org.mizan.dossier;

import java.util.List;

/** A step of sanctions relief: where it applies and what it is conditional on (actor ids). */
public record SanctionsMeasure(String id, Text name, SanctionsStep step, Text area, List<String> conditionalOn, Evidence evidence) implements Fact {
}
