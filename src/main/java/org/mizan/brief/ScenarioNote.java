package org.mizan.brief;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * Marks a brief as a scenario rather than the baseline: what the analyst changed and how the judgments differ
 * from the baseline's. The first page states it, so a scenario brief is never mistaken for the assessment.
 */
public record ScenarioNote(Text title, Text description, List<Text> changes, List<Text> differences) {

    public ScenarioNote {
        changes = List.copyOf(changes);
        differences = List.copyOf(differences);
    }
}
