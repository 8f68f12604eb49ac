package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;

class KeepWithNextTest {

    private static final int SECTIONS = 30;

    /** Sections of varying length, so that headings fall at every height of the page. */
    private static Brief brief() {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= SECTIONS; i++) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Paragraph.body("First words of section " + i + "."));
            for (int k = 0; k < i % 4; k++) {
                blocks.add(Paragraph.body("Filler that makes this section longer than the one before it, so that "
                        + "the next heading lands somewhere else on the page than the last one did."));
            }
            sections.add(new Section("s" + i, "Heading " + i, 1, blocks, List.of()));
        }
        Metadata meta = new Metadata(Language.EN, "Keep with next", null, "OPEN", "Mizan", "test", List.of(),
                Instant.parse("2025-11-10T00:00:00Z"), "keep");
        return new Brief(meta, sections);
    }

    @Test
    void aHeadingIsAlwaysOnThePageWhereItsFirstParagraphStarts() {
        try (ReadBack pdf = new ReadBack(Renders.pdf(brief()))) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= pdf.pages(); p++) {
                pages.add(pdf.text(p));
            }
            for (int i = 1; i <= SECTIONS; i++) {
                // The last mention of a heading is the heading itself; earlier ones are in the contents list.
                assertEquals(lastPageOf(pages, "Heading " + i + "\n"), pageOf(pages, "First words of section " + i + "."),
                        "heading " + i);
            }
        }
    }

    private static int lastPageOf(List<String> pages, String text) {
        for (int p = pages.size() - 1; p >= 0; p--) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        return -1;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        return -1;
    }
}
