package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.SimpleNamedDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example's PDF keeps to twelve pages (issue 23, item 7): the front end on pages 1 and 2 (the body's
 * first heading on page 3), the body in at most five pages, the annexes in at most five, in both languages. The
 * pages are counted in-process with OpenPDF's reader: each chapter's bookmark names its heading's destination,
 * which gives the page a part starts on.
 */
class TwelvePagesTest {

    private static final int FRONT_END_PAGES = 2;
    private static final int BODY_PAGES = 5;
    private static final int ANNEX_PAGES = 5;
    private static final int TOTAL_PAGES = 12;

    /**
     * The chapters of the front end and of the annexes, by anchor; every other chapter is body. A chapter added to
     * the front end or the annexes and not listed here counts as body, which can only make this test stricter.
     */
    private static final Set<String> FRONT = Set.of("scenario", "judgments", "since", "signposts", "source-summary");
    private static final Set<String> ANNEX = Set.of("annex-risks", "sources", "method");

    @TempDir
    static Path work;

    /** The three shipped examples: the default dossier, the Sudan example, the default brought up to 16 January. */
    @BeforeAll
    static void generate() {
        Path project = CliRun.projectDir();
        run("generate", "--out", work.resolve("default").toString());
        run("generate", "--facts", project.resolve("examples/sudan-red-sea").toString(), "--out",
                work.resolve("sudan").toString(), "--format", "pdf");
        run("generate", "--update", project.resolve("facts/updates/2026-01-16").toString(), "--since",
                work.resolve("default").toString(), "--out", work.resolve("update").toString(), "--format", "pdf");
    }

    private static void run(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err());
    }

    static List<String> briefs() {
        List<String> all = new ArrayList<>();
        for (String example : List.of("default", "sudan", "update")) {
            for (String language : List.of("en", "ar")) {
                all.add(example + "/brief-" + language + ".pdf");
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("briefs")
    void theFrontEndTakesTwoPagesTheBodyAndTheAnnexesFiveEach(String brief) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(work.resolve(brief)));
        try {
            Map<String, Integer> chapters = chapterPages(reader);
            int pages = reader.getNumberOfPages();
            int bodyStart = firstPage(chapters, false);
            int annexStart = firstPage(chapters, true);
            chapters.forEach((anchor, page) -> {
                if (FRONT.contains(anchor)) {
                    assertTrue(page <= FRONT_END_PAGES, brief + ": " + anchor + " on page " + page);
                }
            });
            assertEquals(FRONT_END_PAGES + 1, bodyStart, brief + ": the body's first heading " + chapters);
            assertTrue(annexStart - bodyStart <= BODY_PAGES, brief + ": body on pages " + bodyStart + "–"
                    + (annexStart - 1) + " " + chapters);
            assertTrue(pages - annexStart + 1 <= ANNEX_PAGES, brief + ": annexes on pages " + annexStart + "–"
                    + pages + " " + chapters);
            assertTrue(pages <= TOTAL_PAGES, brief + ": " + pages + " pages");
        } finally {
            reader.close();
        }
    }

    /** The page the body (or the annexes) starts on: its first chapter's. */
    private static int firstPage(Map<String, Integer> chapters, boolean annex) {
        return chapters.entrySet().stream()
                .filter(e -> annex ? ANNEX.contains(e.getKey()) : !ANNEX.contains(e.getKey())
                        && !FRONT.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).min().orElseThrow(() -> new AssertionError("no "
                        + (annex ? "annex" : "body") + " chapter in " + chapters));
    }

    /** Each chapter's (top-level bookmark's) destination name and the page it is on, in order. */
    private static Map<String, Integer> chapterPages(PdfReader reader) {
        Map<String, String> named = new LinkedHashMap<>();
        for (boolean fromNames : new boolean[] {false, true}) {
            SimpleNamedDestination.getNamedDestination(reader, fromNames)
                    .forEach((k, v) -> named.put(String.valueOf(k), String.valueOf(v)));
        }
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
        for (Map<String, Object> m : marks == null ? List.<Map<String, Object>>of() : marks) {
            String anchor = String.valueOf(m.get("Named"));
            String page = named.get(anchor);
            if (page != null) {
                pages.put(anchor, Integer.parseInt(page.strip().split("\\s+")[0]));
            }
        }
        return pages;
    }
}
