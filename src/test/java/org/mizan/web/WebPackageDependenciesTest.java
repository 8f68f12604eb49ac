package org.mizan.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The workbench is a front end beside the command line: only `serve` starts it, and it reaches the engine and the
 * renderers through the same stages the command line uses, never through Drools, OpenPDF or POI directly.
 */
class WebPackageDependenciesTest {

    /** Tests may open PDFs and Word files to check them; ArchUnit's own test filter only knows target/. */
    private static final JavaClasses MIZAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.mizan");

    @Test
    void onlyTheCommandLineStartsTheWorkbench() {
        noClasses().that().resideOutsideOfPackages("org.mizan.web..", "org.mizan.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.mizan.web..").check(MIZAN);
    }

    @Test
    void theWorkbenchUsesTheStagesNotTheLibrariesBehindThem() {
        noClasses().that().resideInAPackage("org.mizan.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "com.lowagie..",
                        "org.apache.poi..", "org.mizan.render.pdf..", "org.mizan.render.docx..")
                .check(MIZAN);
    }
}
