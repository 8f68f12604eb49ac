package org.mizan.ach;

import org.mizan.dossier.Text;

/** A competing explanation of where the situation is heading, as analysts state it in facts/hypotheses.json. */
public record Hypothesis(String id, Text title, Text statement, Trend trend) {
}
