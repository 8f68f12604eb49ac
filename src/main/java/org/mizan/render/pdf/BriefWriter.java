package org.mizan.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.Diagram;
import org.mizan.brief.Metadata;
import org.mizan.brief.Section;
import org.mizan.dossier.Language;
import org.mizan.render.Palette;
import org.mizan.render.figure.Drawing;

/**
 * One rendering: sets up the document, writes the title block, then walks the sections in order, starting a new
 * page where the brief passes from its front end to the body and from the body to the annexes. There is no
 * contents page: a brief of twelve pages does not need one, and the bookmarks list every section.
 */
final class BriefWriter {

    /** How much of the block after a heading must fit below it on the page, so a heading is never left alone. */
    private static final float KEEP_WITH_NEXT = 70;
    /** Paragraphs up to this height before a figure count as its introduction and go with it. */
    private static final float INTRODUCTION = 160;
    /**
     * An introduction may close a page and its figure open the next if that leaves at most this share of the page
     * empty: the page is full enough that it does not read as the end of the section.
     */
    private static final float CLOSING_GAP = 0.3f;
    /** Fewest table rows left at the foot of a page or carried onto the next. */
    private static final int MIN_ROWS = 3;

    private final Brief brief;
    private final Document document;
    private final TaggedPdfWriter writer;
    private final Direction direction;
    private final Typography type;
    private final Cells cells;
    private final Phrases phrases;
    private final Outline outline;
    private final Tags tags;
    private final BiFunction<Diagram, Language, Drawing> figureLayout;

    BriefWriter(Brief brief, Document document, TaggedPdfWriter writer,
                BiFunction<Diagram, Language, Drawing> figureLayout) {
        this.brief = brief;
        this.document = document;
        this.writer = writer;
        this.figureLayout = figureLayout;
        this.direction = new Direction(brief.metadata());
        this.type = new Typography(!brief.metadata().language().rightToLeft());
        this.tags = new Tags(writer, brief.metadata().language());
        this.cells = new Cells(direction, tags);
        this.phrases = new Phrases(type);
        this.outline = new Outline(brief.sections());
    }

    void write() throws DocumentException, IOException {
        Metadata meta = brief.metadata();
        Conformance.beforeOpen(document, writer, meta);
        writer.setPageEvent(new PageFrame(type, direction, meta.title(), meta.marking()));
        writer.setPageEvent(tags.linkEvents());
        document.open();
        Conformance.afterOpen(writer, meta);
        outline.bookmark(writer.getRootOutline(), brief.sections());
        add(titleBlock(meta), tags.document());
        BlockWriter blocks = blockWriter();
        Section previous = null;
        for (Section s : brief.sections()) {
            if (s.startsPart(previous)) {
                document.newPage();
            }
            section(s, blocks, tags.document());
            previous = s;
        }
        tags.finish();
        document.close();
    }

    /** Adds a block to the document; its structure joins {@code parent}. */
    private void add(PdfPTable block, Tags.Node parent) throws DocumentException {
        tags.place(block, parent);
        document.add(block);
    }

    private BlockWriter blockWriter() {
        Language language = direction.language();
        FigureWriter figures = new FigureWriter(cells, phrases, new DrawingPainter(type),
                d -> figureLayout.apply(d, language), writer.getDirectContent(), textWidth(),
                document.top() - document.bottom());
        return new BlockWriter(cells, phrases, new TableWriter(cells, phrases, type, textWidth()), figures);
    }

    private void section(Section section, BlockWriter blocks, Tags.Node parent) throws DocumentException {
        Tags.Node sect = parent.child(PdfName.SECT);
        String anchor = outline.anchor(section);
        PdfPTable heading = blocks.heading(section, anchor);
        List<PdfPTable> content = new ArrayList<>();
        for (Block b : section.blocks()) {
            content.add(blocks.block(b));
        }
        // A section of headings only keeps its heading with the first subheading (none: with nothing).
        keepWithNext(heading, content.isEmpty() ? Collections.singletonList(firstSubheading(section, blocks))
                : content);
        add(heading, sect);
        for (int i = 0; i < content.size(); i++) {
            PdfPTable t = content.get(i);
            if (i > 0) {
                keepWithNext(null, content.subList(i, content.size()));
            }
            tags.place(t, sect);
            addWithoutOrphans(t);
        }
        for (Section sub : section.subsections()) {
            section(sub, blocks, sect);
        }
    }

    private PdfPTable firstSubheading(Section section, BlockWriter blocks) {
        if (section.subsections().isEmpty()) {
            return null;
        }
        Section first = section.subsections().get(0);
        return blocks.heading(first, outline.anchor(first));
    }

    /**
     * Starts a new page if a heading (may be null) and what must stay with it would not fit on this one: the
     * start of the next block, or, where short paragraphs introduce a figure (a block kept together), the
     * introduction and the whole figure — a figure must not leave its introduction alone above a half-empty page.
     * Low on a page, the heading and introduction may close it and the figure open the next.
     */
    private void keepWithNext(PdfPTable heading, List<PdfPTable> next) {
        float need = heading == null ? 0 : height(heading);
        float introduction = 0;
        float startOfNext = 0;
        float room = writer.getVerticalPosition(false) - document.bottom();
        float pageHeight = document.top() - document.bottom();
        for (PdfPTable block : next) {
            if (block == null) {
                break;
            }
            float h = height(block);
            if (block.getKeepTogether()) {
                float before = need + introduction - startOfNext;
                boolean closesPage = introduction > 0 && before <= room && room - before <= CLOSING_GAP * pageHeight;
                // The introduction is counted whole here, so the start of it counted below is not added twice.
                need += closesPage ? 0 : introduction + h - startOfNext;
                break;
            }
            if (heading != null && introduction == 0) {
                startOfNext = Math.min(h, KEEP_WITH_NEXT);
                need += startOfNext;
            }
            introduction += h;
            if (introduction > INTRODUCTION || block.getHeaderRows() > 0) {
                break;
            }
        }
        if (need > room && need < pageHeight) {
            document.newPage();
        }
    }

    /**
     * Adds a block so that a table breaking across pages keeps at least {@link #MIN_ROWS} rows on each side: a
     * caption and two rows at the foot of a page move to the next page; a last row or two alone on the next page
     * take the rows before them along (the table is cut by hand, headers repeated), so the page it starts on stays
     * full. A reader trips on an orphaned row; a half-empty page reads as the end of the section.
     */
    private void addWithoutOrphans(PdfPTable table) throws DocumentException {
        int header = table.getHeaderRows();
        int rows = table.size() - header;
        if (header == 0 || rows <= 0) {
            document.add(table);
            return;
        }
        PdfPTable copy = new PdfPTable(table);
        copy.setTotalWidth(textWidth());
        copy.setLockedWidth(true);
        float room = writer.getVerticalPosition(false) - document.bottom() - table.spacingBefore();
        float used = 0;
        for (int i = 0; i < header; i++) {
            used += copy.getRowHeight(i);
        }
        int fit = 0;
        for (int i = header; i < copy.size() && used + copy.getRowHeight(i) <= room; i++) {
            used += copy.getRowHeight(i);
            fit++;
        }
        float pageHeight = document.top() - document.bottom();
        boolean page = room < pageHeight;
        if (fit >= rows || !page) {
            document.add(table);
        } else if (fit < MIN_ROWS && room < pageHeight / 2) {
            // Only from the lower half of a page: near the top (under its heading) a table of tall rows would
            // leave the heading alone on an empty page.
            document.newPage();
            document.add(table);
        } else if (rows - fit < MIN_ROWS && rows >= 2 * MIN_ROWS && fit - (MIN_ROWS - (rows - fit)) >= MIN_ROWS) {
            int first = fit - (MIN_ROWS - (rows - fit));
            PdfPTable head = new PdfPTable(table);
            while (head.size() > header + first) {
                head.deleteLastRow();
            }
            head.setSpacingAfter(0);
            PdfPTable tail = new PdfPTable(table);
            for (int i = 0; i < first; i++) {
                tail.deleteRow(header);
            }
            tail.setSpacingBefore(0);
            document.add(head);
            document.newPage();
            document.add(tail);
        } else {
            document.add(table);
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
        List<Tags.Node> nodes = new ArrayList<>();
        if (present(meta.marking())) {
            lines.add(tagged(cells.cell(type.phrase(meta.marking(), Style.MARKING)), PdfName.P, nodes));
        }
        PdfPCell title = cells.cell(type.phrase(present(meta.title()) ? meta.title() : " ", Style.TITLE));
        title.setPaddingTop(10);
        // The brief's title is its one H1; chapters are H2 (Tags.heading).
        lines.add(tagged(title, Tags.heading(0), nodes));
        if (present(meta.subtitle())) {
            lines.add(tagged(cells.cell(type.phrase(meta.subtitle(), Style.SUBTITLE)), PdfName.P, nodes));
        }
        PdfPCell last = lines.get(lines.size() - 1);
        cells.bottomRule(last, new Color(Palette.ACCENT), 1.5f);
        last.setPaddingBottom(12);
        // PdfPTable copies a cell when it is added, so each is styled first.
        PdfPTable table = cells.table(1);
        lines.forEach(table::addCell);
        table.setSpacingAfter(8);
        return tags.block(table, nodes.toArray(Tags.Node[]::new));
    }

    private PdfPCell tagged(PdfPCell cell, PdfName role, List<Tags.Node> nodes) {
        Tags.Node node = Tags.node(role);
        nodes.add(node);
        return tags.mark(cell, node);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
