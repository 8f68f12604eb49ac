package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.SimpleNamedDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.Part;
import org.mizan.brief.Section;
import org.mizan.dossier.Actor;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;

/**
 * The default briefs are brief (issue 14): the front end ends by page 2 and the body before the first annex is at
 * most 5 pages (issue 23), read from each PDF's outline (and from the Word files through LibreOffice where it is installed);
 * full names appear at most twice, each confidence reason once, and no internal id outside the evidence annex and
 * the method note, in both languages.
 */
class BriefShapeTest {

    private static final int FRONT_END_PAGES = 2;
    private static final int BODY_PAGES = 5;

    private static final Map<Language, Brief> BRIEFS = new EnumMap<>(Language.class);
    private static final Map<Language, byte[]> PDFS = new EnumMap<>(Language.class);
    private static final Map<Language, byte[]> DOCXS = new EnumMap<>(Language.class);
    private static LoadedInputs inputs;
    private static Findings findings;

    @BeforeAll
    static void renderTheArticle() throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
        inputs = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        InputDigests d = inputs.digests();
        BriefInput input = new BriefInput(inputs.dossier(), findings, d.facts(), d.rules(), d.templates(), "test",
                null);
        for (Language language : Language.values()) {
            Brief brief = BriefBuilder.build(input, language, inputs.templates());
            BRIEFS.put(language, brief);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PdfRenderer().render(brief, pdf);
            PDFS.put(language, pdf.toByteArray());
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            new DocxRenderer().render(brief, docx);
            DOCXS.put(language, docx.toByteArray());
        }
    }

    @Test
    void inThePdfsTheFrontEndEndsByPageTwoAndTheBodyTakesAtMostFivePages() throws IOException {
        for (Language language : Language.values()) {
            assertShape(BRIEFS.get(language), bookmarkPages(PDFS.get(language)), "PDF " + language.code());
        }
    }

    @Test
    void inTheWordFilesAsLibreOfficeLaysThemOutTheShapeIsTheSame(@TempDir Path tmp) throws Exception {
        for (Language language : Language.values()) {
            Path docx = tmp.resolve("brief-" + language.code() + ".docx");
            Files.write(docx, DOCXS.get(language));
            Path pdf = LibreOffice.convert(docx, "pdf", "pdf", tmp);
            assertShape(BRIEFS.get(language), bookmarkPages(Files.readAllBytes(pdf)), "DOCX " + language.code());
        }
    }

    @Test
    void eachActorsFullNameAppearsAtMostTwiceInEitherLanguage(@TempDir Path tmp) throws Exception {
        for (Language language : Language.values()) {
            String text = pdftotext(PDFS.get(language), tmp);
            for (Fact f : inputs.dossier().facts()) {
                if (f instanceof Actor a && a.shortName() != null) {
                    // The parenthesised abbreviation may be mirrored by text extraction; the name before it is not.
                    String name = a.name().in(language).replaceAll("\\s*\\(.*\\)\\s*$", "");
                    // Quotations keep the source's words: mentions inside the excerpts (each printed once, in the
                    // evidence annex) are the source's, not the brief's.
                    int quoted = inputs.dossier().facts().stream().filter(x -> x.evidence() != null)
                            .mapToInt(x -> occurrences(nfkc(x.evidence().excerpt()), name)).sum();
                    int count = occurrences(text, name) - quoted;
                    assertTrue(count <= 2, language.code() + ": \"" + name + "\" appears " + count + " times");
                }
            }
        }
    }

    @Test
    void eachReasonForConfidenceIsSaidOnceInEitherLanguage(@TempDir Path tmp) throws Exception {
        for (Language language : Language.values()) {
            String text = pdftotext(PDFS.get(language), tmp);
            findings.risks().stream().flatMap(r -> r.confidenceReasons().stream())
                    // Each reason as a whole sentence: one reason may begin another, longer one.
                    .map(t -> bare(nfkc(t.in(language))).replaceAll("[.؟]?$", ".")).distinct().forEach(reason -> {
                        int count = occurrences(bare(text), reason);
                        assertTrue(count <= 1, language.code() + ": said " + count + " times: " + reason);
                    });
            String scale = language == Language.EN ? "one source supports at most moderate confidence"
                    : "فالمصدر الواحد لا يمنح أكثر من ثقة متوسطة";
            // Said at most once (the method paragraph may break across a page, between the running header and
            // footer, so the PDF's text cannot show it whole every time).
            assertTrue(occurrences(text.replaceAll("\\s+", " "), scale) <= 1, language.code()
                    + ": the method says at most once how confidence is graded");
        }
    }

    @Test
    void noInternalIdIsPrintedBeforeTheEvidenceAnnex(@TempDir Path tmp) throws Exception {
        for (Language language : Language.values()) {
            Brief brief = BRIEFS.get(language);
            String evidenceAnnex = brief.sections().stream().filter(s -> s.anchor().equals("sources")).findFirst()
                    .orElseThrow().title();
            String text = pdftotext(PDFS.get(language), tmp);
            int annex = bare(text).lastIndexOf(bare(nfkc(evidenceAnnex)));
            assertTrue(annex > 0, language.code() + ": evidence annex heading not found");
            String before = bare(text).substring(0, annex);
            List<String> ids = new ArrayList<>();
            inputs.dossier().facts().forEach(f -> ids.add(f.id()));
            findings.risks().forEach(r -> ids.add(r.id()));
            findings.dependencies().forEach(d -> ids.add(d.id()));
            // Ids with a hyphen cannot be ordinary words ("coalition" is both an id and a word).
            ids.stream().filter(id -> id.contains("-")).forEach(id -> assertFalse(before.contains(id),
                    language.code() + ": id \"" + id + "\" printed before the evidence annex"));
        }
    }

    @Test
    void theArabicBriefNeverCallsARuleABareQaida(@TempDir Path tmp) throws Exception {
        Path dir = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().resolve("templates/ar");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".mustache") || p.toString().endsWith(".json")).toList();
        }
        Pattern bareRule = Pattern.compile("القاعدة(?! الاستدلال)");
        // The plural too, in the sentences: «نتائج القواعد» reads as "the results of the bases". (labels.json may
        // speak of bases, «شبكة القواعد», where the word means just that.)
        Pattern bareRules = Pattern.compile("القواعد(?! الاستدلال)");
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (file.toString().endsWith(".mustache")) {
                    assertFalse(bareRules.matcher(line).find(), file.getFileName() + ": " + line);
                }
                // Rule names translated under "rule." may speak of military bases (قاعدة); they are names.
                if (!line.strip().startsWith("\"rule.") && !line.strip().startsWith("//")) {
                    assertFalse(bareRule.matcher(line).find(), file.getFileName() + ": " + line);
                }
            }
        }
        String text = pdftotext(PDFS.get(Language.AR), tmp);
        // The reader's pages speak of no rule at all (ReaderPagesWordingTest); the method's own word stays off them.
        assertFalse(text.contains("قاعدة الاستدلال"), "the Arabic brief names no rule");
        assertFalse(text.contains("أمريكي"), "one spelling: أميركي");
    }

    /** Front end: every front chapter before page 3; body: from its first page to the first annex, at most 8. */
    private static void assertShape(Brief brief, Map<String, Integer> pages, String what) {
        int bodyStart = Integer.MAX_VALUE;
        int annexStart = Integer.MAX_VALUE;
        for (Section s : brief.sections()) {
            Integer page = pages.get(s.title());
            assertTrue(page != null, what + ": no bookmark for \"" + s.title() + "\" in " + pages.keySet());
            if (s.part() == Part.FRONT) {
                assertTrue(page <= FRONT_END_PAGES, what + ": \"" + s.title() + "\" on page " + page);
            } else if (s.part() == Part.BODY) {
                bodyStart = Math.min(bodyStart, page);
            } else {
                annexStart = Math.min(annexStart, page);
            }
        }
        assertTrue(bodyStart <= FRONT_END_PAGES + 1, what + ": the body starts on page " + bodyStart);
        assertTrue(annexStart - bodyStart <= BODY_PAGES, what + ": the body runs from page " + bodyStart
                + " to the first annex on page " + annexStart);
    }

    private static Map<String, Integer> bookmarkPages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Map<String, Integer> pages = new LinkedHashMap<>();
        // Bookmarks point at named destinations (the PDF renderer) or at pages (LibreOffice).
        Map<String, String> named = new LinkedHashMap<>();
        for (boolean fromNames : new boolean[] {false, true}) {
            SimpleNamedDestination.getNamedDestination(reader, fromNames)
                    .forEach((k, v) -> named.put(String.valueOf(k), String.valueOf(v)));
        }
        collect(SimpleBookmark.getBookmarkList(reader), named, pages);
        reader.close();
        return pages;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> marks, Map<String, String> named,
                                Map<String, Integer> into) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> m : marks) {
            Object page = m.get("Page") != null ? m.get("Page") : named.get(String.valueOf(m.get("Named")));
            if (page != null) {
                into.putIfAbsent(((String) m.get("Title")).strip(),
                        Integer.parseInt(((String) page).strip().split("\\s+")[0]));
            }
            collect((List<Map<String, Object>>) m.get("Kids"), named, into);
        }
    }

    private static String pdftotext(byte[] pdf, Path tmp) throws Exception {
        Path file = Files.createTempFile(tmp, "brief", ".pdf");
        Files.write(file, pdf);
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "pdftotext (poppler-utils) is not installed; .ci/run installs it");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return nfkc(out).replaceAll("[\\u202a-\\u202e]", "").replaceAll("\\s+", " ");
    }

    private static int occurrences(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(nfkc(needle))).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String bare(String s) {
        return s.replaceAll("[\\u202a-\\u202e\\s]", "");
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
}
