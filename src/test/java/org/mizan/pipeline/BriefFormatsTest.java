package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;

/** The article's real briefs: the PDF and the Word file carry the same sections, and Arabic survives the trip. */
class BriefFormatsTest {

    private static final Map<Language, Brief> BRIEFS = new HashMap<>();
    private static final Map<Language, byte[]> PDFS = new HashMap<>();
    private static final Map<Language, byte[]> DOCXS = new HashMap<>();

    @BeforeAll
    static void renderTheArticle() throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
        LoadedInputs in = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        Findings findings = Inference.run(in.rules(), in.dossier(), Set.of());
        InputDigests d = in.digests();
        BriefInput input = new BriefInput(in.dossier(), findings, d.facts(), d.rules(), d.templates(), "test", null);
        for (Language language : Language.values()) {
            Brief brief = BriefBuilder.build(input, language, in.templates());
            BRIEFS.put(language, brief);
            var pdf = new java.io.ByteArrayOutputStream();
            new PdfRenderer().render(brief, pdf);
            PDFS.put(language, pdf.toByteArray());
            var docx = new java.io.ByteArrayOutputStream();
            new DocxRenderer().render(brief, docx);
            DOCXS.put(language, docx.toByteArray());
        }
    }

    @Test
    void pdfOutlineAndWordHeadingsListTheSameSections() throws IOException {
        for (Language language : Language.values()) {
            List<String> expected = titles(BRIEFS.get(language).sections());
            assertEquals(expected, pdfBookmarks(PDFS.get(language)), "PDF outline, " + language);
            assertEquals(expected, docxHeadings(DOCXS.get(language)), "Word headings, " + language);
        }
    }

    @Test
    void arabicHeadingsReadBackFromTheArabicPdfAsWritten(@TempDir Path tmp) throws Exception {
        String text = pdftotext(PDFS.get(Language.AR), tmp);
        for (String heading : titles(BRIEFS.get(Language.AR).sections())) {
            // pdftotext wraps neutral punctuation inside right-to-left text in embedding marks and may move the
            // space before a colon: compare without either.
            assertTrue(bare(text).contains(bare(nfkc(heading))), "\"" + heading + "\" not found in the Arabic"
                    + " PDF's text");
        }
    }

    @Test
    void theArabicWordFileIsRightToLeft() throws IOException {
        String xml = documentXml(DOCXS.get(Language.AR));
        assertTrue(xml.contains("<w:bidi/>"), "paragraphs set right to left");
        assertTrue(xml.contains("<w:rtl/>"), "runs set right to left");
        assertTrue(xml.contains("<w:bidiVisual/>"), "tables laid out right to left");
        assertFalse(documentXml(DOCXS.get(Language.EN)).contains("<w:bidiVisual/>"));
    }

    private static List<String> titles(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.title());
            out.addAll(titles(s.subsections()));
        }
        return out;
    }

    private static List<String> pdfBookmarks(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> out = new ArrayList<>();
        collect(SimpleBookmark.getBookmarkList(reader), out);
        reader.close();
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> marks, List<String> out) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> m : marks) {
            out.add((String) m.get("Title"));
            collect((List<Map<String, Object>>) m.get("Kids"), out);
        }
    }

    private static List<String> docxHeadings(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getDocument().xmlText();
        }
    }

    private static String pdftotext(byte[] pdf, Path tmp) throws Exception {
        Path file = tmp.resolve("brief.pdf");
        Files.write(file, pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "pdftotext (poppler-utils) is not installed; .ci/run installs it");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return nfkc(out).replaceAll("\\s+", " ");
    }

    private static String bare(String s) {
        return s.replaceAll("[\u202a-\u202e\\s]", "");
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
}
