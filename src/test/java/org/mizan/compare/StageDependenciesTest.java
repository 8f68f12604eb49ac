package org.mizan.compare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Hypothesis testing sits between inference and the brief: scenarios and comparisons read facts and findings,
 * and nothing they do reaches up into the brief, the renderers or the command line. Comparison builds on
 * scenarios, never the other way round.
 */
class StageDependenciesTest {

    /** ArchUnit's own "no tests" option looks for target/test-classes; builds may use another directory. */
    private static final ImportOption MAIN_ONLY = location -> !location.contains("/test-classes/");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(MAIN_ONLY).importPackages("org.mizan");

    @Test
    void scenariosAndComparisonsDependOnNoLaterStage() {
        noClasses().that().resideInAnyPackage("org.mizan.scenario..", "org.mizan.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mizan.brief..", "org.mizan.render..",
                        "org.mizan.cli..")
                .check(CLASSES);
    }

    @Test
    void scenariosDoNotDependOnComparisons() {
        noClasses().that().resideInAPackage("org.mizan.scenario..")
                .should().dependOnClassesThat().resideInAPackage("org.mizan.compare..")
                .check(CLASSES);
    }

    @Test
    void scenariosAndComparisonsDoNotTouchTheRuleEngine() {
        noClasses().that().resideInAnyPackage("org.mizan.scenario..", "org.mizan.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }
}
