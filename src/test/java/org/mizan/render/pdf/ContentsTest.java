package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;

class ContentsTest {

    @Test
    void theContentsListsEverySectionWithThePageItsHeadingIsOn() {
        Brief brief = LongBriefs.of(Language.EN);
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
            String first = pdf.text(1);
            assertTrue(first.contains(brief.metadata().pageWords().contents()), first);
            for (Section s : all(brief.sections())) {
                int page = headingPage(pdf, s.title());
                // The extractor may or may not put a space between an entry and its page number.
                Pattern entry = Pattern.compile(Pattern.quote(s.title()) + " ?" + page + "\n");
                assertTrue(entry.matcher(first).find(), s.title() + " on page " + page + ":\n" + first);
            }
        }
    }

    @Test
    void everyContentsEntryLinksToItsSection() {
        Brief brief = LongBriefs.of(Language.AR);
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief))) {
            List<String> firstPageLinks = pdf.linkTargets().subList(0, all(brief.sections()).size());
            assertEquals(all(brief.sections()).stream().map(Section::anchor).toList(), firstPageLinks);
        }
    }

    /** The last page whose text has the title on a line of its own: the heading, not its contents entry. */
    private static int headingPage(ReadBack pdf, String title) {
        for (int p = pdf.pages(); p >= 1; p--) {
            if (("\n" + pdf.text(p)).contains("\n" + title + "\n")) {
                return p;
            }
        }
        return -1;
    }

    private static List<Section> all(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            all.addAll(all(s.subsections()));
        }
        return all;
    }
}
