package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.ach.AchAnalysis;
import org.mizan.ach.HypothesesFile;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Event;
import org.mizan.dossier.Language;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/** The timeline marks a year the source does not give as the analyst's reading, and only such years. */
class TimelineTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @Test
    void inferredYearsAreMarkedAsInferredAndNoOthers() {
        Dossier dossier = DossierLoader.load(PROJECT.resolve("facts"));
        long inferred = dossier.facts(Event.class).stream().filter(Event::inferredDate).count();
        assertFalse(inferred == 0, "the article's dossier has events whose year the text does not give");
        try (RuleBase rules = RuleBase.compile(PROJECT.resolve("rules"))) {
            Findings findings = Inference.run(rules, dossier, Set.of());
            BriefInput input = new BriefInput(dossier, findings, "f", "r", "t", "0", null,
                    SensitivityAnalysis.run(rules, dossier),
                    AchAnalysis.run(rules, dossier, HypothesesFile.load(PROJECT.resolve("facts"))));
            for (Language language : Language.values()) {
                Brief brief = BriefBuilder.build(input, language, Templates.load(PROJECT.resolve("templates")));
                String mark = language == Language.EN ? "(year inferred)" : "(السنة مستنتجة)";
                Table timeline = brief.sections().stream().flatMap(s -> s.blocks().stream())
                        .filter(Table.class::isInstance).map(Table.class::cast)
                        .filter(t -> Anchors.TIMELINE_TABLE.equals(t.anchor())).findFirst().orElseThrow();
                List<String> dates = timeline.rows().stream()
                        .map(r -> r.get(0).paragraphs().get(0).plainText()).toList();
                assertEquals(inferred, dates.stream().filter(d -> d.endsWith(mark)).count(), dates.toString());
            }
        }
    }
}
