package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Link;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.render.SampleBriefs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;

/** Internal links land: every hyperlink names a bookmark that exists, where the model's anchor is. */
class DocxLinksTest {

    private final XWPFDocument doc = Rendered.reopen(SampleBriefs.english());
    private final List<XWPFParagraph> paragraphs = Rendered.paragraphs(doc);

    @Test
    void everyHyperlinkAnchorHasABookmark() {
        Set<String> bookmarks = new HashSet<>(bookmarkNames());
        List<String> anchors = paragraphs.stream().flatMap(p -> p.getCTP().getHyperlinkList().stream())
                .map(CTHyperlink::getAnchor).toList();
        assertTrue(!anchors.isEmpty(), "the evidence link: " + anchors);
        for (String anchor : anchors) {
            assertTrue(bookmarks.contains(anchor), () -> anchor + " not in " + bookmarks);
        }
    }

    @Test
    void theRiskLinksToTheEvidenceCell() {
        CTHyperlink link = paragraphs.stream().flatMap(p -> p.getCTP().getHyperlinkList().stream())
                .filter(h -> h.getRArray(0).getTArray(0).getStringValue().equals("see evidence F1"))
                .findFirst().orElseThrow();
        XWPFParagraph target = paragraphs.stream().filter(p -> p.getCTP().getBookmarkStartList().stream()
                .anyMatch(b -> b.getName().equals(link.getAnchor()))).findFirst().orElseThrow();
        assertEquals("F1 coalition funds the SDF", target.getText());
    }

    @Test
    void sectionHeadingsAreBookmarkedWithTheirAnchors() {
        for (XWPFParagraph heading : paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).toList()) {
            assertEquals(1, heading.getCTP().sizeOfBookmarkStartArray(), heading.getText());
        }
        assertTrue(bookmarkNames().containsAll(List.of("bluf", "dependencies", "risks", "sources", "risk_r1",
                "evidence_f1", "figure_graph")), bookmarkNames().toString());
    }

    @Test
    void aTablesAnchorLandsOnItsCaption() {
        XWPFParagraph caption = paragraphs.stream().filter(p -> p.getCTP().getBookmarkStartList().stream()
                .anyMatch(b -> b.getName().equals("risks_table"))).findFirst().orElseThrow();
        assertEquals("Caption", caption.getStyle());
        assertEquals("Risks", caption.getText());
    }

    @Test
    void aLinkToAnAnchorTheBriefLacksIsPlainText() {
        Paragraph dangling = new Paragraph(null, ParagraphRole.BODY,
                List.of(Span.plain("see "), new Link("nowhere", "no-such-anchor"), new Link("risks", "risks")));
        Brief sample = SampleBriefs.english();
        Section withLink = new Section("extra", "Extra", 1, List.of(dangling), List.of());
        List<Section> sections = new java.util.ArrayList<>(sample.sections());
        sections.add(withLink);
        XWPFParagraph p = Rendered.reopen(new Brief(sample.metadata(), sections)).getParagraphs().stream()
                .filter(x -> x.getText().startsWith("see nowhere")).findFirst().orElseThrow();
        assertEquals(List.of("risks"), p.getCTP().getHyperlinkList().stream().map(CTHyperlink::getAnchor).toList());
        assertEquals("see nowhererisks", p.getText());
    }

    @Test
    void everyBookmarkIsClosedAndItsIdIsUnique() {
        List<BigInteger> starts = paragraphs.stream().flatMap(p -> p.getCTP().getBookmarkStartList().stream())
                .map(CTBookmark::getId).toList();
        List<BigInteger> ends = paragraphs.stream().flatMap(p -> p.getCTP().getBookmarkEndList().stream())
                .map(CTMarkupRange::getId).toList();
        assertEquals(starts.size(), new HashSet<>(starts).size());
        assertEquals(new HashSet<>(starts), new HashSet<>(ends));
    }

    private List<String> bookmarkNames() {
        return paragraphs.stream().flatMap(p -> p.getCTP().getBookmarkStartList().stream())
                .map(CTBookmark::getName).toList();
    }
}
