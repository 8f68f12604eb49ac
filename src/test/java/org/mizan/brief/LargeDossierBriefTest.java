package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.ach.AchAnalysis;
import org.mizan.ach.AchResult;
import org.mizan.ach.HypothesesFile;
import org.mizan.bench.SyntheticDossier;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Language;
import org.mizan.hinge.Sensitivity;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/**
 * The article's dossier three times over (three theatres, see SyntheticDossier): the brief shows what its graded
 * risks rest on and the most telling of the rest, says how much it leaves to findings.json, and every link holds.
 */
class LargeDossierBriefTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @TempDir
    Path dir;

    @Test
    void a_brief_of_a_large_dossier_caps_its_dependencies_and_says_what_it_left_out() throws IOException {
        SyntheticDossier.write(PROJECT.resolve("facts"), 3, dir);
        Dossier dossier = DossierLoader.load(dir);
        try (RuleBase rules = RuleBase.compile(PROJECT.resolve("rules"))) {
            Findings findings = Inference.run(rules, dossier, Set.of());
            AchResult ach = AchAnalysis.run(rules, dossier, HypothesesFile.load(PROJECT.resolve("facts")));
            BriefInput input = new BriefInput(dossier, findings, "f", "r", "t", "0", null, Sensitivity.none(), ach);
            assertTrue(findings.dependencies().size() > BriefContext.MAX_DEPENDENCIES_SHOWN);
            for (Language language : Language.values()) {
                Brief brief = BriefBuilder.build(input, language, Templates.load(PROJECT.resolve("templates")));
                assertEquals(BriefContext.MAX_DEPENDENCIES_SHOWN,
                        BriefWalk.sheet(brief, "table-dependencies").rows().size());
                // The matrix left the brief's pages for a sheet, which holds every item.
                assertEquals(ach.items().size(), BriefWalk.sheet(brief, "table-ach-matrix").rows().size());
                assertTrue(BriefWalk.anchors(brief).containsAll(BriefWalk.linkTargets(brief)), language.code());
            }
            Brief english = BriefBuilder.build(input, Language.EN, Templates.load(PROJECT.resolve("templates")));
            String dependencies = text(BriefWalk.section(english, "dependencies"));
            assertTrue(dependencies.contains("are listed only in the findings file (findings.json)"), dependencies);
            String hypotheses = text(BriefWalk.section(english, "hypotheses"));
            assertTrue(hypotheses.contains("(the matrix is the “Hypotheses matrix” sheet of the evidence workbook)"),
                    hypotheses);
        }
    }

    private static String text(Section section) {
        return section.blocks().stream().flatMap(b -> BriefWalk.paragraphs(b).stream()).map(Paragraph::plainText)
                .collect(Collectors.joining("\n"));
    }
}
