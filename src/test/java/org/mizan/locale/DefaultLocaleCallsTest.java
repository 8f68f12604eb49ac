package org.mizan.locale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.format.DateTimeFormatter;
import java.util.Formatter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Mizan's own code never lets the JVM's default locale choose digits or letters: every case change and every
 * format names {@link java.util.Locale#ROOT} or the brief language's locale. (Under a Turkish default,
 * {@code "DISAPPEARED".toLowerCase()} is "dısappeared"; under an Arabic one, {@code String.format("%d", 14)} is
 * "١٤".) The start-up pins the default too, for the libraries; this holds our code to it without that pin.
 */
class DefaultLocaleCallsTest {

    private static final JavaClasses MIZAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mizan");

    @Test
    void caseChangesNameTheirLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("toLowerCase() and toUpperCase() follow the default locale; pass Locale.ROOT").check(MIZAN);
    }

    @Test
    void formatsNameTheirLocale() {
        noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintWriter.class, "format", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
                .orShould().callConstructor(Formatter.class)
                .orShould().callConstructor(Formatter.class, Appendable.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(NumberFormat.class, "getInstance")
                .orShould().callMethod(NumberFormat.class, "getNumberInstance")
                .orShould().callMethod(NumberFormat.class, "getIntegerInstance")
                .orShould().callMethod(NumberFormat.class, "getPercentInstance")
                .orShould().callConstructor(DecimalFormat.class, String.class)
                .orShould().callConstructor(SimpleDateFormat.class, String.class)
                .because("formats without a locale write the default locale's digits; pass Locale.ROOT").check(MIZAN);
    }
}
