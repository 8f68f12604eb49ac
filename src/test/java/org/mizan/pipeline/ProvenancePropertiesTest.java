package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfReader;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;

/**
 * What reproduces a brief (the Mizan version and the checksums of facts, rules and templates) is in every file's
 * properties (issue 23, item 7): the PDF's document information, the Word file's and the workbook's custom
 * properties. The reader's pages carry only the one-line colophon with the first 12 digits of the facts' checksum.
 */
class ProvenancePropertiesTest {

    private static InputDigests digests;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void generate() {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
        LoadedInputs inputs = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        Findings findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        digests = inputs.digests();
        files = Generation.run(inputs, inputs.dossier(), findings, null, null, new Generation.Request(
                        List.of(Language.EN, Language.AR), List.of(OutputFormat.PDF, OutputFormat.DOCX,
                        OutputFormat.XLSX))).stream()
                .collect(Collectors.toMap(Artifact::fileName, Artifact::bytes));
    }

    private static Map<String, String> expected() {
        return Map.of("FactsSHA256", digests.facts(), "RulesSHA256", digests.rules(), "TemplatesSHA256",
                digests.templates());
    }

    @Test
    void thePdfsDocumentInformationCarriesTheVersionAndTheChecksums() throws IOException {
        for (String name : List.of("brief-en.pdf", "brief-ar.pdf")) {
            PdfReader reader = new PdfReader(files.get(name));
            try {
                Map<String, String> info = reader.getInfo();
                expected().forEach((key, value) -> assertEquals(value, info.get(key), name + ": " + key));
                assertFalse(info.getOrDefault("MizanVersion", "").isBlank(), name + ": version");
            } finally {
                reader.close();
            }
        }
    }

    @Test
    void theWordFilesAndWorkbooksCarryThemAsCustomProperties() throws IOException {
        for (String name : List.of("brief-en.docx", "brief-ar.docx", "evidence-en.xlsx", "evidence-ar.xlsx")) {
            byte[] bytes = files.get(name);
            POIXMLProperties.CustomProperties custom = name.endsWith(".docx")
                    ? new XWPFDocument(new ByteArrayInputStream(bytes)).getProperties().getCustomProperties()
                    : new XSSFWorkbook(new ByteArrayInputStream(bytes)).getProperties().getCustomProperties();
            expected().forEach((key, value) -> assertEquals(value, custom.getProperty(key).getLpwstr(),
                    name + ": " + key));
            assertTrue(custom.contains("MizanVersion"), name + ": version");
        }
    }

    @Test
    void thePagesCarryOnlyTheColophonsShortChecksum() throws IOException {
        String text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(files.get("brief-en.docx"))))
                .getText();
        assertFalse(text.contains(digests.facts()), "the full checksum is not on the pages");
        assertFalse(text.contains(digests.rules()), "the rules' checksum is not on the pages");
        assertTrue(text.contains("from dossier " + digests.facts().substring(0, 12) + ", information up to"),
                "the colophon");
    }
}
