package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader gets from a rendered PDF: its text page by page, fonts, bookmarks, links and destinations. */
final class ReadBack implements AutoCloseable {

    private final PdfReader reader;
    private final byte[] bytes;

    ReadBack(byte[] pdf) {
        this.bytes = pdf;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return reader.getNumberOfPages();
    }

    Map<String, String> info() {
        return reader.getInfo();
    }

    /**
     * The page's text as Apache PDFBox extracts it (a reader other than the library that wrote the file), line by
     * line, NFKC-normalised. PDFBox puts right-to-left runs in reading order itself, so the text reads the same
     * whichever the page's direction.
     */
    String text(int page) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            StringBuilder out = new StringBuilder();
            for (String line : stripper.getText(doc).split("\n")) {
                out.append(Normalizer.normalize(line.strip(), Normalizer.Form.NFKC)).append('\n');
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's text as poppler's pdftotext extracts it, embedding marks removed; the test is skipped where
     * poppler is not installed. Poppler (like PDFium, Chromium's viewer) reads a lam-alef ligature's letters in
     * the order the PDF maps them for right-to-left text; PDFBox reads them swapped (see TaggedPdfWriter).
     */
    String pdftotext() {
        try {
            Path file = Files.createTempFile("mizan-readback", ".pdf");
            try {
                Files.write(file, bytes);
                Process p;
                try {
                    p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                            .redirectErrorStream(true).start();
                } catch (IOException e) {
                    assumeTrue(false, "pdftotext (poppler-utils) is not installed");
                    throw e;
                }
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                return out.replaceAll("[\u202a-\u202e]", "");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document's text as PDFBox extracts it, not normalised: what a reader who copies it gets. */
    String rawText() {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allText() {
        StringBuilder s = new StringBuilder();
        for (int p = 1; p <= pages(); p++) {
            s.append(text(p));
        }
        return s.toString();
    }

    /** Every font dictionary used on any page or in any form XObject, by base font name. */
    Map<String, PdfDictionary> fonts() {
        Map<String, PdfDictionary> fonts = new HashMap<>();
        for (int p = 1; p <= pages(); p++) {
            collectFonts(reader.getPageN(p).getAsDict(PdfName.RESOURCES), fonts);
        }
        return fonts;
    }

    static boolean embedded(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary f = descendants == null ? font : (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
        PdfDictionary descriptor = f.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && (descriptor.contains(PdfName.FONTFILE) || descriptor.contains(PdfName.FONTFILE2)
                || descriptor.contains(PdfName.FONTFILE3));
    }

    /** How many raster images the pages and their form XObjects hold. */
    int images() {
        int count = 0;
        for (int p = 1; p <= pages(); p++) {
            count += images(reader.getPageN(p).getAsDict(PdfName.RESOURCES));
        }
        return count;
    }

    private static int images(PdfDictionary resources) {
        PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        int count = 0;
        for (PdfName key : xobjects == null ? Set.<PdfName>of() : xobjects.getKeys()) {
            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
            count += PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE)) ? 1 : images(x.getAsDict(PdfName.RESOURCES));
        }
        return count;
    }

    /** One outline entry: its title, the named destination it goes to, and its children. */
    record Bookmark(String title, String target, List<Bookmark> kids) {
    }

    /** The document outline, read from the catalog's /Outlines tree. */
    List<Bookmark> bookmarks() {
        PdfDictionary outlines = reader.getCatalog().getAsDict(PdfName.OUTLINES);
        return outlines == null ? List.of() : siblings(outlines.getAsDict(PdfName.FIRST));
    }

    private static List<Bookmark> siblings(PdfDictionary first) {
        List<Bookmark> list = new ArrayList<>();
        for (PdfDictionary item = first; item != null; item = item.getAsDict(PdfName.NEXT)) {
            String title = item.getAsString(PdfName.TITLE).toUnicodeString();
            list.add(new Bookmark(title, target(item), siblings(item.getAsDict(PdfName.FIRST))));
        }
        return list;
    }

    Set<String> namedDestinations() {
        return destinations().keySet();
    }

    /** Named destinations and where each points (page object and position), as text. */
    private Map<String, String> destinations() {
        Map<String, String> named = new java.util.TreeMap<>();
        reader.getNamedDestination().forEach((k, v) -> named.put(k.toString(), PdfReader.getPdfObject(v).toString()));
        return named;
    }

    /**
     * The named destination each link annotation goes to, page by page in order. OpenPDF resolves a local goto
     * into an explicit page position, so a link is matched to the named destination at that same position;
     * a link that matches none is reported as "unresolved".
     */
    List<String> linkTargets() {
        List<String> targets = new ArrayList<>();
        for (int p = 1; p <= pages(); p++) {
            PdfArray annots = reader.getPageN(p).getAsArray(PdfName.ANNOTS);
            for (int i = 0; annots != null && i < annots.size(); i++) {
                PdfDictionary a = (PdfDictionary) PdfReader.getPdfObject(annots.getPdfObject(i));
                if (PdfName.LINK.equals(a.getAsName(PdfName.SUBTYPE))) {
                    targets.add(name(target(a)));
                }
            }
        }
        return targets;
    }

    private String name(String target) {
        for (Map.Entry<String, String> d : destinations().entrySet()) {
            if (d.getKey().equals(target) || d.getValue().equals(target)) {
                return d.getKey();
            }
        }
        return "unresolved " + target;
    }

    private static String target(PdfDictionary link) {
        PdfObject dest = PdfReader.getPdfObject(link.contains(PdfName.A) ? link.getAsDict(PdfName.A).get(PdfName.D)
                : link.get(PdfName.DEST));
        return dest instanceof PdfString s ? s.toUnicodeString() : String.valueOf(dest);
    }

    private void collectFonts(PdfDictionary resources, Map<String, PdfDictionary> fonts) {
        if (resources == null) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
        if (fontDict != null) {
            for (PdfName key : fontDict.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fontDict.get(key));
                fonts.put(font.getAsName(PdfName.BASEFONT).toString(), font);
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
                collectFonts(x.getAsDict(PdfName.RESOURCES), fonts);
            }
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
