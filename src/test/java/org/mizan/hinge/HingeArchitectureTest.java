package org.mizan.hinge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analyses sit between inference and the brief: they know the rules and facts, never how a brief looks. */
class HingeArchitectureTest {

    private static final JavaClasses MIZAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mizan.hinge", "org.mizan.ach");

    @Test
    void sensitivityAndAchKnowNothingOfTheBriefRenderingOrThePipeline() {
        noClasses().that().resideInAnyPackage("org.mizan.hinge..", "org.mizan.ach..")
                .and().haveSimpleNameNotEndingWith("Test")
                .should().dependOnClassesThat().resideInAnyPackage("org.mizan.brief..", "org.mizan.render..",
                        "org.mizan.pipeline..", "org.mizan.cli..")
                .check(MIZAN);
    }
}
