package org.mizan.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.Diagram;
import org.mizan.brief.Metadata;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;
import org.mizan.render.Palette;
import org.mizan.render.figure.Drawing;

/** One rendering: sets up the document, writes the title block, then walks the sections in order. */
final class BriefWriter {

    /** How much of the block after a heading must fit below it on the page, so a heading is never left alone. */
    private static final float KEEP_WITH_NEXT = 70;

    private final Brief brief;
    private final Document document;
    private final PdfWriter writer;
    private final Direction direction;
    private final Typography type;
    private final Cells cells;
    private final Phrases phrases;
    private final Outline outline;
    private final Contents contents;
    private final BiFunction<Diagram, Language, Drawing> figureLayout;

    BriefWriter(Brief brief, Document document, PdfWriter writer,
                BiFunction<Diagram, Language, Drawing> figureLayout) {
        this.brief = brief;
        this.document = document;
        this.writer = writer;
        this.figureLayout = figureLayout;
        this.direction = new Direction(brief.metadata());
        this.type = new Typography();
        this.cells = new Cells(direction);
        this.phrases = new Phrases(type);
        this.outline = new Outline(brief.sections());
        this.contents = new Contents(cells, phrases, type, writer);
    }

    void write() throws DocumentException, IOException {
        Metadata meta = brief.metadata();
        Conformance.beforeOpen(document, writer, meta);
        writer.setPageEvent(new PageFrame(type, direction, meta.title(), meta.marking()));
        document.open();
        Conformance.afterOpen(writer, meta);
        outline.bookmark(writer.getRootOutline(), brief.sections());
        document.add(titleBlock(meta));
        if (!brief.sections().isEmpty()) {
            document.add(contents.table(meta.pageWords().contents(), brief.sections(), outline));
        }
        BlockWriter blocks = blockWriter();
        for (Section s : brief.sections()) {
            section(s, blocks);
        }
        contents.fill(direction);
        document.close();
    }

    private BlockWriter blockWriter() {
        Language language = direction.language();
        FigureWriter figures = new FigureWriter(cells, phrases, new DrawingPainter(type),
                d -> figureLayout.apply(d, language), writer.getDirectContent(), textWidth());
        return new BlockWriter(cells, phrases, new TableWriter(cells, phrases, type, textWidth()), figures);
    }

    private void section(Section section, BlockWriter blocks) throws DocumentException {
        String anchor = outline.anchor(section);
        PdfPTable heading = blocks.heading(section, anchor, contents.placement(anchor));
        List<PdfPTable> content = new ArrayList<>();
        for (Block b : section.blocks()) {
            content.add(blocks.block(b));
        }
        keepWithNext(heading, content.isEmpty() ? firstSubheading(section, blocks) : content.get(0));
        document.add(heading);
        for (PdfPTable t : content) {
            document.add(t);
        }
        for (Section sub : section.subsections()) {
            section(sub, blocks);
        }
    }

    private PdfPTable firstSubheading(Section section, BlockWriter blocks) {
        if (section.subsections().isEmpty()) {
            return null;
        }
        Section first = section.subsections().get(0);
        return blocks.heading(first, outline.anchor(first), null);
    }

    /** Starts a new page if the heading and the start of what follows it would not fit on this one. */
    private void keepWithNext(PdfPTable heading, PdfPTable next) {
        float need = height(heading);
        if (next != null) {
            float nextHeight = height(next);
            need += next.getKeepTogether() ? nextHeight : Math.min(nextHeight, KEEP_WITH_NEXT);
        }
        float room = writer.getVerticalPosition(false) - document.bottom();
        if (need > room && need < document.top() - document.bottom()) {
            document.newPage();
        }
    }

    private float textWidth() {
        return document.right() - document.left();
    }

    private float height(PdfPTable table) {
        PdfPTable copy = new PdfPTable(table);
        copy.setTotalWidth(textWidth());
        copy.setLockedWidth(true);
        return copy.getTotalHeight() + table.spacingBefore() + table.spacingAfter();
    }

    /** Marking, title and subtitle, closed by an accent rule. The model's subtitle carries dossier and date. */
    private PdfPTable titleBlock(Metadata meta) {
        List<PdfPCell> lines = new ArrayList<>();
        if (present(meta.marking())) {
            lines.add(cells.cell(type.phrase(meta.marking(), Style.MARKING)));
        }
        PdfPCell title = cells.cell(type.phrase(present(meta.title()) ? meta.title() : " ", Style.TITLE));
        title.setPaddingTop(10);
        lines.add(title);
        if (present(meta.subtitle())) {
            lines.add(cells.cell(type.phrase(meta.subtitle(), Style.SUBTITLE)));
        }
        PdfPCell last = lines.get(lines.size() - 1);
        cells.bottomRule(last, new Color(Palette.ACCENT), 1.5f);
        last.setPaddingBottom(12);
        // PdfPTable copies a cell when it is added, so each is styled first.
        PdfPTable table = cells.table(1);
        lines.forEach(table::addCell);
        table.setSpacingAfter(14);
        return table;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
