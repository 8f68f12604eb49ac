package org.mizan.render.docx;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mizan.brief.Block;
import org.mizan.brief.BulletList;
import org.mizan.brief.Figure;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.brief.Table;

/** Walks the sections of a brief and writes each heading and block in order. */
final class BodyWriter {

    private final Context context;
    private final InlineWriter inlines;
    private final TableWriter tables;
    private final FigureWriter figures;


    BodyWriter(Context context, InlineWriter inlines) {
        this.context = context;
        this.inlines = inlines;
        this.tables = new TableWriter(context, inlines);
        this.figures = new FigureWriter(context, inlines);
    }

    /**
     * The chapters in order; a new page where the brief passes from front end to body and from body to annexes.
     * No table of contents, as in the PDF: the navigation pane lists the headings.
     */
    void chapters(List<Section> sections) throws IOException {
        Section previous = null;
        for (Section section : sections) {
            section(section, section.startsPart(previous));
            previous = section;
        }
    }

    private void sections(List<Section> sections) throws IOException {
        for (Section section : sections) {
            section(section, false);
        }
    }

    private void pageBreak() {
        context.doc().createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    private void section(Section section, boolean newPage) throws IOException {
        XWPFParagraph heading = context.doc().createParagraph();
        if (newPage) {
            heading.setPageBreak(true);
        }
        inlines.paragraph(heading, StyleSheet.heading(section.level()), section.anchor(),
                List.of(Span.plain(section.title())), section.title());
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), i + 1 < blocks.size() && introduces(blocks.get(i + 1)));
        }
        sections(section.subsections());
    }

    /** What a paragraph before it introduces, and so must not be parted from by a page break. */
    private static boolean introduces(Block next) {
        return next instanceof Figure || next instanceof BulletList || next instanceof Table;
    }

    /**
     * {@code beforeFigure}: a paragraph that introduces a figure, a list or a table stays on the page where it
     * begins (it left "Standing conditions" and its introduction alone at the foot of a page).
     */
    private void block(Block block, boolean beforeFigure) throws IOException {
        if (block instanceof Paragraph paragraph) {
            XWPFParagraph p = paragraph(paragraph, StyleSheet.forRole(paragraph.role(), false));
            if (beforeFigure) {
                (p.getCTPPr() == null ? p.getCTP().addNewPPr() : p.getCTPPr()).addNewKeepNext();
            }
        } else if (block instanceof BulletList list) {
            list(list);
        } else if (block instanceof Table table) {
            tables.write(table);
        } else if (block instanceof Figure figure) {
            figures.write(figure);
        }
    }

    private XWPFParagraph paragraph(Paragraph paragraph, String style) {
        XWPFParagraph p = context.doc().createParagraph();
        inlines.paragraph(p, style, paragraph.anchor(), paragraph.inlines(), paragraph.plainText());
        return p;
    }

    private void list(BulletList list) {
        BigInteger num = context.lists().numFor(list.numbered());
        for (Paragraph item : list.items()) {
            XWPFParagraph p = context.doc().createParagraph();
            p.setStyle(StyleSheet.LIST);
            p.setNumID(num);
            p.setNumILvl(BigInteger.ZERO);
            context.direction().paragraph(p, item.plainText());
            inlines.content(p, item.anchor(), item.inlines());
        }
    }
}
