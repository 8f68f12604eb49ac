package org.mizan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: dossier → inference → brief → render → pipeline → cli. */
class ArchitectureTest {

    private static final JavaClasses MIZAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mizan");

    @Test
    void nothingButTheCommandLineDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("org.mizan.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.mizan.cli..").check(MIZAN);
    }

    @Test
    void theDossierKnowsNothingOfLaterStages() {
        noClasses().that().resideInAPackage("org.mizan.dossier..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mizan.inference..", "org.mizan.brief..",
                        "org.mizan.render..", "org.mizan.pipeline..", "org.mizan.scenario..", "org.mizan.compare..")
                .check(MIZAN);
    }

    @Test
    void inferenceKnowsNothingOfTheBriefOrRendering() {
        noClasses().that().resideInAPackage("org.mizan.inference..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mizan.brief..", "org.mizan.render..",
                        "org.mizan.pipeline..")
                .check(MIZAN);
    }

    @Test
    void theBriefSaysWhatNotHow() {
        noClasses().that().resideInAPackage("org.mizan.brief..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "com.lowagie..",
                        "org.openpdf..", "org.apache.poi..", "org.mizan.render..", "org.mizan.pipeline..")
                .check(MIZAN);
    }

    @Test
    void renderersDoNotReachBackIntoInference() {
        noClasses().that().resideInAPackage("org.mizan.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..",
                        "org.mizan.inference..", "org.mizan.pipeline..")
                .check(MIZAN);
    }

    @Test
    void thePdfAndWordRenderersShareNoCodeButTheModelAndCommonHelpers() {
        noClasses().that().resideInAPackage("org.mizan.render.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.mizan.render.docx..").check(MIZAN);
        noClasses().that().resideInAPackage("org.mizan.render.docx..")
                .should().dependOnClassesThat().resideInAPackage("org.mizan.render.pdf..").check(MIZAN);
    }
}
