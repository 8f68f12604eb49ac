package org.mizan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.dossier.Element;
import org.mizan.dossier.FactReader;

/** Marks the evidence of what a scenario adds or changes as the analyst's hypothesis, in the JSON before binding. */
final class JsonEvidence {

    static final String HYPOTHESIS = "analyst_hypothesis";

    private JsonEvidence() {
    }

    /**
     * Sets {@code evidence.attribution} to {@code analyst_hypothesis}; any other attribution written by the analyst
     * is a problem (facts from a source belong in the dossier). With a {@code sourceId}, also fills in the scenario
     * as the source, paragraph 1, and the given credibility, where the evidence leaves them out.
     */
    static void markHypothesis(ObjectNode fact, String sourceId, int credibility, FactReader reader, Element at) {
        JsonNode existing = fact.get("evidence");
        if (existing != null && !existing.isObject()) {
            return; // the binder reports the wrong shape
        }
        ObjectNode evidence = existing == null ? fact.putObject("evidence") : (ObjectNode) existing;
        JsonNode attribution = evidence.get("attribution");
        if (attribution != null && !HYPOTHESIS.equals(attribution.asText())) {
            reader.problem(at.at("/evidence/attribution"), "what a scenario adds or changes is a hypothesis: "
                    + "\"attribution\" must be \"" + HYPOTHESIS + "\" (facts from a source belong in the dossier)");
        }
        evidence.put("attribution", HYPOTHESIS);
        if (sourceId != null) {
            fillIn(evidence, "source", sourceId);
            if (!evidence.has("paragraph")) {
                evidence.put("paragraph", 1);
            }
            if (!evidence.has("credibility")) {
                evidence.put("credibility", credibility);
            }
        }
    }

    private static void fillIn(ObjectNode evidence, String field, String value) {
        if (!evidence.has(field)) {
            evidence.put(field, value);
        }
    }
}
