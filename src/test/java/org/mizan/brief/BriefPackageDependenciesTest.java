package org.mizan.brief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The document model says what the brief says; how it looks and how findings are made live elsewhere. */
class BriefPackageDependenciesTest {

    @Test
    void the_brief_package_imports_neither_drools_nor_the_renderers_nor_their_libraries() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mizan.brief");
        noClasses().that().resideInAPackage("org.mizan.brief..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.openpdf..",
                        "com.lowagie..", "org.apache.poi..", "org.mizan.render..", "org.mizan.cli..")
                .check(classes);
    }
}
