package org.mizan.render.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mizan.brief.Brief;
import org.mizan.brief.Metadata;
import org.mizan.brief.Section;

/**
 * The top of the first page (title, subtitle) and the table of contents, which opens the body. The contents is a real TOC field
 * (headings 1-2, hyperlinked), which Word is asked to rebuild with page numbers on open. Until then it shows the
 * headings themselves, linked to their sections, so a reader of an un-updated file (or LibreOffice, which does not
 * rebuild it on conversion) still gets a usable list rather than a blank.
 */
final class TitleBlock {

    static final String TOC_INSTRUCTION = "TOC \\o \"1-2\" \\h \\z \\u";
    private static final int TOC_DEPTH = 2;

    private final Context context;
    private final InlineWriter inlines;

    TitleBlock(Context context, InlineWriter inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    void write(Brief brief) {
        Metadata meta = brief.metadata();
        line(StyleSheet.TITLE, meta.title());
        if (meta.subtitle() != null && !meta.subtitle().isBlank()) {
            line(StyleSheet.SUBTITLE, meta.subtitle());
        }
    }

    /**
     * The contents heading and field, on a page of its own where the body starts (the front end carries none).
     * The entries are written out, each a link to its heading, so LibreOffice, which does not rebuild a TOC
     * field on opening, shows them as Word does before its update; neither carries page numbers until updated.
     */
    void contents(List<Section> sections) {
        XWPFParagraph heading = entry(StyleSheet.TOC_HEADING, context.words().contents());
        context.fields().text(heading, context.words().contents());
        List<Section> entries = new ArrayList<>();
        sections.forEach(s -> collect(s, entries));
        Fields fields = context.fields();
        if (entries.isEmpty()) {
            XWPFParagraph only = entry(StyleSheet.toc(1), context.words().updateHint());
            fields.begin(only, TOC_INSTRUCTION, true);
            fields.text(only, context.words().updateHint());
            fields.end(only);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Section section = entries.get(i);
            XWPFParagraph p = entry(StyleSheet.toc(Math.min(section.level(), TOC_DEPTH)), section.title());
            if (i == 0) {
                fields.begin(p, TOC_INSTRUCTION, true);
            }
            inlines.link(p, section.title(), section.anchor());
            if (i == entries.size() - 1) {
                fields.end(p);
            }
        }
    }

    private static void collect(Section section, List<Section> into) {
        if (section.level() > TOC_DEPTH) {
            return;
        }
        into.add(section);
        section.subsections().forEach(s -> collect(s, into));
    }

    private XWPFParagraph entry(String style, String text) {
        XWPFParagraph p = context.doc().createParagraph();
        p.setStyle(style);
        context.direction().paragraph(p, text);
        return p;
    }

    private void line(String style, String text) {
        context.fields().text(entry(style, text), text);
    }
}
