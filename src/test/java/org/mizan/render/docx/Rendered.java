package org.mizan.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mizan.brief.Brief;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** Renders a brief with {@link DocxRenderer} and reopens it in POI, as a reader's Word would. */
final class Rendered {

    private Rendered() {
    }

    static byte[] bytes(Brief brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer().render(brief, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument reopen(Brief brief) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes(brief)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one part of the package, e.g. "word/settings.xml". */
    static String part(Brief brief, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(brief)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no part " + name);
    }

    /** Every paragraph of the body in reading order, those inside table cells included. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                all.add(p);
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return all;
    }

    /** The runs of a paragraph, those inside hyperlinks included, in order. */
    static List<CTR> runs(XWPFParagraph paragraph) {
        List<CTR> runs = new ArrayList<>(paragraph.getCTP().getRList());
        for (CTHyperlink link : paragraph.getCTP().getHyperlinkList()) {
            runs.addAll(link.getRList());
        }
        return runs;
    }

    /** Text of the runs that carry text (not field instructions). */
    static boolean hasText(CTR run) {
        return run.sizeOfTArray() > 0;
    }

    /** A measure POI hands back untyped (twips in a union type) as a number. */
    static long number(Object measure) {
        return ((java.math.BigInteger) measure).longValue();
    }

    static List<String> instructions(List<XWPFParagraph> paragraphs) {
        List<String> all = new ArrayList<>();
        paragraphs.forEach(p -> runs(p).forEach(r -> r.getInstrTextList().forEach(t -> all.add(t.getStringValue()))));
        return all;
    }
}
