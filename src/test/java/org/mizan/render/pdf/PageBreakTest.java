package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;

class PageBreakTest {

    @Test
    void aLongEnglishTableRepeatsItsHeaderOnEveryPageItRunsOnto() {
        assertHeaderOnEveryPageOfTheTable(Language.EN, LongBriefs.EN);
    }

    @Test
    void aLongArabicTableRepeatsItsHeaderOnEveryPageItRunsOnto() {
        assertHeaderOnEveryPageOfTheTable(Language.AR, LongBriefs.AR);
    }

    @Test
    void bookmarksNestLikeTheSections() {
        Brief brief = LongBriefs.of(Language.AR);
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
            List<ReadBack.Bookmark> chapters = pdf.bookmarks();
            assertEquals(brief.sections().size(), chapters.size());
            for (int i = 0; i < chapters.size(); i++) {
                Section chapter = brief.sections().get(i);
                assertEquals(chapter.title(), chapters.get(i).title());
                assertEquals(chapter.subsections().stream().map(Section::title).toList(),
                        chapters.get(i).kids().stream().map(ReadBack.Bookmark::title).toList());
                assertEquals(chapter.subsections().stream().map(Section::anchor).toList(),
                        chapters.get(i).kids().stream().map(ReadBack.Bookmark::target).toList());
            }
        }
    }

    @Test
    void aLinkToATableCellOnAnotherPageResolves() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(LongBriefs.of(Language.EN)))) {
            assertTrue(pdf.linkTargets().contains("row-1"), pdf.linkTargets().toString());
        }
    }

    @Test
    void theLongArabicBriefIsValidPdfA1b() throws Exception {
        assertEquals(List.of(), PdfA.failuresOf(Renders.pdf(LongBriefs.of(Language.AR))));
    }

    @Test
    void noRowIsLostOrRepeatedAtAPageBreak() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(LongBriefs.of(Language.EN)))) {
            List<Integer> seen = new ArrayList<>();
            Matcher m = Pattern.compile("^Row (\\d+)", Pattern.MULTILINE).matcher(pdf.allText());
            while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
            }
            assertEquals(IntStream.rangeClosed(1, LongBriefs.ROWS).boxed().toList(), seen);
        }
    }

    private static void assertHeaderOnEveryPageOfTheTable(Language language, LongBriefs.Words w) {
        try (ReadBack pdf = new ReadBack(Renders.pdf(LongBriefs.of(language)))) {
            List<Integer> tablePages = new ArrayList<>();
            for (int p = 1; p <= pdf.pages(); p++) {
                String text = pdf.text(p);
                if (text.contains(w.row().strip())) {
                    tablePages.add(p);
                    assertTrue(text.contains(w.header1()) && text.contains(w.header2()),
                            "page " + p + " has rows but no header:\n" + text);
                }
            }
            assertTrue(tablePages.size() >= 2, "the table should run over pages: " + tablePages);
        }
    }
}
