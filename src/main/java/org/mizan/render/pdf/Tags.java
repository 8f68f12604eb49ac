package org.mizan.render.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.dossier.Language;

/**
 * The structure tree of a tagged PDF: headings, paragraphs, lists, tables and figures in reading order, each tied
 * to the marked content that draws it; everything else drawn (fills, rules, running heads) marked as artifact.
 *
 * <p>OpenPDF does not tag what a PdfPTable writes, and writes a cell's text into a shared text canvas before any
 * hook runs. So every cell carries a {@link #mark} event, which runs after the cell's text (and its other events)
 * are written: the bytes added to the text canvas since the previous cell are that cell's content, and the event
 * wraps exactly those bytes in a marked-content sequence of the cell's element ({@code BDC … EMC}, through
 * {@link PdfContentByte#beginMarkedContentSequence(PdfStructureElement)}, which also fills the parent tree). The
 * table event {@link #ARTIFACTS} wraps each table's fill and rule canvases as artifacts.
 *
 * <p>The tree is built from {@link Node}s in reading order as the blocks are built; a node joins the document when
 * its block is added ({@link #place}), so blocks built only to be measured leave no trace. Right-to-left tables
 * write their cells right to left, so elements are created for marked content in writing order under a holding
 * parent, and {@link #finish} hangs them in reading order.
 */
final class Tags {

    /** Wraps a table's fills and rules (the background and line canvases) as artifacts. */
    static final PdfPTableEvent ARTIFACTS = (table, widths, heights, headerRows, rowStart, canvases) -> {
        artifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
        artifact(canvases[PdfPTable.LINECANVAS]);
    };

    /** Roles and attribute names OpenPDF has no constants for. */
    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName TR = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");

    private final TaggedPdfWriter writer;
    private final Language language;
    private final Node document = new Node(PdfName.DOCUMENT, false);
    private final Map<PdfPTable, List<Node>> blocks = new IdentityHashMap<>();
    /** Where the links on the current page are drawn and what they say: the description their annotations carry. */
    private final List<LinkArea> linkAreas = new ArrayList<>();
    /** The cells marked on the current page, where they were set: a link annotation belongs to the one it is on. */
    private final List<Placed> placed = new ArrayList<>();
    /** The text canvas the last cell wrote to, and where its content ended. */
    private PdfContentByte lastCanvas;
    private int lastEnd;

    Tags(TaggedPdfWriter writer, Language language) {
        this.writer = writer;
        this.language = language;
        writer.onAnnotation(this::link);
    }

    Node document() {
        return document;
    }

    /** A structure element of the role; {@code once}: marked again (a repeated table heading), it is an artifact. */
    static Node node(PdfName role) {
        return new Node(role, false);
    }

    static Node repeated(PdfName role) {
        return new Node(role, true);
    }

    /** A table cell: kept in the tree even when empty, so every row has as many cells as the table has columns. */
    static Node cell(PdfName role) {
        Node node = new Node(role, role == PdfName.TH);
        node.keep = true;
        return node;
    }

    /** Remembers which node the block's content belongs to, until the block is placed. */
    PdfPTable block(PdfPTable table, Node... nodes) {
        blocks.put(table, List.of(nodes));
        return table;
    }

    /** The block is being added to the document: its nodes join {@code parent}, in reading order. */
    void place(PdfPTable table, Node parent) {
        List<Node> nodes = blocks.remove(table);
        if (nodes != null) {
            nodes.forEach(parent::add);
        }
    }

    /**
     * Ties the cell's content to the node. Call after setting the cell's other events: the content they draw
     * (a figure, a page number) belongs to the node too.
     */
    PdfPCell mark(PdfPCell cell, Node node) {
        cell.setCellEvent(new Mark(node));
        return cell;
    }

    /** A header cell of a column: a TH that says which cells it heads; repeated on a new page, an artifact. */
    static Node columnHeader() {
        Node th = cell(PdfName.TH);
        PdfDictionary scope = new PdfDictionary();
        scope.put(PdfName.O, PdfName.TABLE);
        scope.put(SCOPE, COLUMN);
        return th.put(PdfName.A, scope);
    }

    /** Remembers that a link saying {@code text} is drawn in the area, on the current page. */
    void linkArea(Rectangle area, String text) {
        int page = writer.getPageNumber();
        linkAreas.removeIf(a -> a.page() != page);
        linkAreas.add(new LinkArea(page, area(area), text.strip()));
    }

    /**
     * Learns where link text lands: the phrases mark each link chunk with a generic tag holding its words, and
     * OpenPDF reports the chunk's rectangle to the page event when it writes the line.
     */
    PdfPageEvent linkEvents() {
        return new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String text) {
                linkArea(rect, text);
            }
        };
    }

    /**
     * Gives a link annotation its place in the tree and a description, as PDF/UA asks: a Link element holding an
     * object reference to the annotation, under the element of the cell the link is drawn in, and the link's
     * words (or its target's name) as the annotation's Contents.
     */
    private void link(PdfAnnotation annotation) {
        if (!PdfName.LINK.equals(annotation.get(PdfName.SUBTYPE))) {
            return;
        }
        PdfStructureTreeRoot root = writer.getStructureTreeRoot();
        // Created under the root for its reference; finish() moves it under the element of its cell.
        PdfStructureElement element = new PdfStructureElement(root, PdfName.LINK);
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, annotation.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        element.put(PdfName.K, objr);
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(root.addExistingObject(element.getReference())));
        Point2D centre = centre(annotation.getAsArray(PdfName.RECT));
        annotation.put(PdfName.CONTENTS, new PdfString(words(centre), PdfObject.TEXT_UNICODE));
        host(centre).links.add(element);
    }

    private static Point2D centre(PdfArray rect) {
        if (rect == null || rect.size() != 4) {
            return new Point2D.Float(Float.NaN, Float.NaN);
        }
        return new Point2D.Float((rect.getAsNumber(0).floatValue() + rect.getAsNumber(2).floatValue()) / 2,
                (rect.getAsNumber(1).floatValue() + rect.getAsNumber(3).floatValue()) / 2);
    }

    /** The words of the link drawn where the annotation is, or a plain "link" if none was recorded there. */
    private String words(Point2D centre) {
        for (LinkArea a : linkAreas) {
            if (a.page() == writer.getPageNumber() && a.area().contains(centre)) {
                return a.text();
            }
        }
        return "link";
    }

    /** The node of the last cell on this page that holds the point. */
    private Node host(Point2D centre) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed p = placed.get(i);
            if (p.page() == writer.getPageNumber() && p.area().contains(centre)) {
                return p.node();
            }
        }
        return document;
    }

    /** A rectangle, grown by a point on each side: an annotation's edges may fall just outside its text's. */
    private static Rectangle2D area(Rectangle r) {
        return new Rectangle2D.Float(r.getLeft() - 1, r.getBottom() - 1, r.getWidth() + 2, r.getHeight() + 2);
    }

    private record Placed(int page, Rectangle2D area, Node node) {
    }

    private record LinkArea(int page, Rectangle2D area, String text) {
    }


    /** A heading level of the brief (1 for chapters) as a PDF heading: the title is H1, so chapters are H2. */
    static PdfName heading(int level) {
        return new PdfName("H" + Math.min(6, level + 1));
    }

    /** The node's language, where the text is not in the brief's language (an Arabic quotation, a Latin grade). */
    void language(Node node, String text) {
        Language other = Language.EN == language ? Language.AR : Language.EN;
        if (letters(text, other) > letters(text, language)) {
            node.attributes.put(PdfName.LANG, new PdfString(other.code()));
        }
    }

    /** How many of the text's letters are in the script of the language. */
    private static long letters(String text, Language language) {
        Character.UnicodeScript script = language == Language.AR ? Character.UnicodeScript.ARABIC
                : Character.UnicodeScript.LATIN;
        return text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == script).count();
    }

    /** Writes the tree into the structure tree root; call once all content is written, before closing. */
    void finish() throws IOException {
        PdfStructureTreeRoot root = writer.getStructureTreeRoot();
        PdfArray kids = new PdfArray();
        PdfStructureElement top = document.build(root);
        if (top != null) {
            top.put(PdfName.P, root.getReference());
            kids.add(top);
        }
        root.put(PdfName.K, kids);
        writeLinks(document);
    }

    /**
     * Adds each Link element after the content of the element whose cell holds it. Under an element with
     * marked content of its own, OpenPDF's tree writer does not descend, so such Link elements are written here.
     */
    private void writeLinks(Node node) throws IOException {
        for (Node child : node.children) {
            writeLinks(child);
        }
        if (node.links.isEmpty() || node.element == null) {
            return;
        }
        PdfObject k = node.element.get(PdfName.K);
        PdfArray kids = k instanceof PdfArray a ? a : new PdfArray();
        if (k != null && !(k instanceof PdfArray)) {
            kids.add(k);
        }
        boolean leaf = kids.isEmpty() || kids.getPdfObject(0).isNumber();
        for (PdfStructureElement link : node.links) {
            link.put(PdfName.P, node.element.getReference());
            if (leaf) {
                writer.addToBody(link, link.getReference());
                kids.add(link.getReference());
            } else {
                kids.add(link);
            }
        }
        node.element.put(PdfName.K, kids);
    }

    private static void artifact(PdfContentByte canvas) {
        ByteBuffer buffer = canvas.getInternalBuffer();
        if (buffer.size() == 0) {
            return;
        }
        byte[] content = buffer.toByteArray();
        buffer.reset();
        canvas.beginMarkedContentSequence(ARTIFACT);
        buffer.append(content);
        canvas.endMarkedContentSequence();
    }

    /** One structure element to be: its role, attributes and children in reading order. */
    static final class Node {

        private final PdfName role;
        private final boolean once;
        private final PdfDictionary attributes = new PdfDictionary();
        private final List<Node> children = new ArrayList<>();
        private final List<PdfStructureElement> links = new ArrayList<>();
        private boolean keep;
        private PdfStructureElement element;

        private Node(PdfName role, boolean once) {
            this.role = role;
            this.once = once;
        }

        Node add(Node child) {
            children.add(child);
            return child;
        }

        Node child(PdfName role) {
            return add(new Node(role, false));
        }

        Node put(PdfName key, PdfObject value) {
            attributes.put(key, value);
            return this;
        }

        /** The element for marked content, created on first use under the root (moved in {@link #finish}). */
        private PdfStructureElement element(PdfStructureTreeRoot root) {
            if (element == null) {
                element = new PdfStructureElement(root, role);
            }
            return element;
        }

        /**
         * Creates (or completes) the element and those of its children; null when nothing under it was drawn.
         * A node with marked content of its own is a leaf; its children, if any, are dropped.
         */
        private PdfStructureElement build(PdfStructureTreeRoot root) {
            List<PdfStructureElement> kids = new ArrayList<>();
            if (element == null) {
                for (Node child : children) {
                    PdfStructureElement kid = child.build(root);
                    if (kid != null) {
                        kids.add(kid);
                    }
                }
                if (kids.isEmpty() && !keep) {
                    return null;
                }
                element = new PdfStructureElement(root, role);
                PdfArray k = new PdfArray();
                for (PdfStructureElement kid : kids) {
                    kid.put(PdfName.P, element.getReference());
                    k.add(kid);
                }
                if (!kids.isEmpty()) {
                    element.put(PdfName.K, k);
                } else {
                    element.remove(PdfName.K);
                }
            }
            element.merge(attributes);
            return element;
        }
    }

    /** Wraps the content the cell just wrote in marked content of the node. */
    private final class Mark implements PdfPCellEvent {

        private final Node node;
        private boolean marked;

        Mark(Node node) {
            this.node = node;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
            ByteBuffer buffer = text.getInternalBuffer();
            int start = text == lastCanvas ? lastEnd : 0;
            if (buffer.size() > start) {
                byte[] content = Arrays.copyOfRange(buffer.getBuffer(), start, buffer.size());
                buffer.setSize(start);
                if (marked && node.once) {
                    text.beginMarkedContentSequence(ARTIFACT, pagination(), true);
                } else {
                    text.beginMarkedContentSequence(node.element(writer.getStructureTreeRoot()));
                    placed(position, node);
                }
                buffer.append(content);
                text.endMarkedContentSequence();
                marked = true;
            }
            lastCanvas = text;
            lastEnd = buffer.size();
        }
    }

    private void placed(Rectangle position, Node node) {
        int page = writer.getPageNumber();
        placed.removeIf(p -> p.page() != page);
        placed.add(new Placed(page, area(position), node));
    }

    /** The property list of a pagination artifact, e.g. a table heading repeated on the next page. */
    static PdfDictionary pagination() {
        PdfDictionary d = new PdfDictionary();
        d.put(PdfName.TYPE, new PdfName("Pagination"));
        return d;
    }
}
