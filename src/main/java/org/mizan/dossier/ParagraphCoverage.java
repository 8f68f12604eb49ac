package org.mizan.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which paragraphs of a source's text the dossier's facts cite, and which none does: a brief that claims to list
 * every fact of its sources should have read every paragraph, and an uncited paragraph is either background the
 * analyst passed over on purpose or evidence that reaches no judgment.
 */
public record ParagraphCoverage(String sourceId, String file, int paragraphs, Map<Integer, List<String>> citedBy,
                                List<Integer> uncited) {

    public ParagraphCoverage {
        citedBy = Collections.unmodifiableMap(new TreeMap<>(citedBy)); // in paragraph order
        uncited = List.copyOf(uncited);
    }

    /** The coverage of one source's text by the dossier's facts, current and overtaken alike. */
    public static ParagraphCoverage of(Dossier dossier, SourceTexts.SourceText text) {
        Map<Integer, Set<String>> cited = new TreeMap<>();
        for (Fact fact : dossier.facts()) {
            if (fact.evidenceItems() == null) {
                continue;
            }
            fact.evidenceItems().stream().filter(e -> e.source().equals(text.sourceId()))
                    .forEach(e -> cited.computeIfAbsent(e.paragraph(), p -> new TreeSet<>()).add(fact.id()));
        }
        Map<Integer, List<String>> citedBy = new TreeMap<>();
        cited.forEach((paragraph, ids) -> citedBy.put(paragraph, List.copyOf(ids)));
        List<Integer> uncited = new ArrayList<>();
        for (int n = 1; n <= text.paragraphs().size(); n++) {
            if (!cited.containsKey(n)) {
                uncited.add(n);
            }
        }
        return new ParagraphCoverage(text.sourceId(), text.file(), text.paragraphs().size(), citedBy, uncited);
    }
}
