package org.mizan.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's verdict on a file as PDF/A-1a (the level the briefs claim) or as PDF/UA-1: the failed rules, each with its
 * clause and message; empty if it passes.
 */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    public static List<String> failuresOf(byte[] pdf) throws Exception {
        return failuresOf(pdf, PDFAFlavour.PDFA_1_A);
    }

    public static List<String> uaFailuresOf(byte[] pdf) throws Exception {
        return failuresOf(pdf, PDFAFlavour.PDFUA_1);
    }

    private static List<String> failuresOf(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " #" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct()
                    .collect(Collectors.toList());
        }
    }
}
