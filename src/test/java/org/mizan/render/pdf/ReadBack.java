package org.mizan.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** What a reader gets from a rendered PDF: its text page by page, fonts, bookmarks, links and destinations. */
final class ReadBack implements AutoCloseable {

    private final PdfReader reader;

    ReadBack(byte[] pdf) {
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
     * The page's text, NFKC-normalised. OpenPDF extracts glyphs in visual order, so for a right-to-left page
     * each line is reversed back into reading order (right for runs of Arabic; Latin runs come out reversed).
     */
    String text(int page, boolean rightToLeft) {
        try {
            String raw = new PdfTextExtractor(reader).getTextFromPage(page);
            StringBuilder out = new StringBuilder();
            for (String line : raw.split("\n")) {
                String ordered = rightToLeft ? new StringBuilder(line).reverse().toString() : line;
                out.append(Normalizer.normalize(ordered.strip(), Normalizer.Form.NFKC)).append('\n');
            }
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String allText(boolean rightToLeft) {
        StringBuilder s = new StringBuilder();
        for (int p = 1; p <= pages(); p++) {
            s.append(text(p, rightToLeft));
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
