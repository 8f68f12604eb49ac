package org.mizan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PdfWriter of a tagged brief. It does what OpenPDF offers no hook for: its fonts map every glyph back to
 * the logical letters it stands for, so Arabic text extracts, copies and searches as the letters of the source;
 * and it hands each link annotation to the structure tree ({@link #onAnnotation}) just before writing it, so the
 * annotation can carry its place in the tree and a description.
 *
 * <p>A third repair: the CIDSet OpenPDF writes for PDF/A lists only the glyphs the text uses, while PDF/UA-1
 * requires it to identify every glyph the embedded program holds ({@link GlyphSet}); this writer gives each font
 * descriptor a CIDSet computed from the font program written just before it. (OpenPDF's own CIDSet stays in the
 * file unreferenced: it is written before the program it would have to describe.)
 *
 * <p>OpenPDF shapes Arabic by replacing each letter with its contextual presentation form (U+FB50–U+FDFF,
 * U+FE70–U+FEFF) and drawing that form's glyph; the ToUnicode map it writes then maps the glyph to the
 * presentation form, which spell-checkers, search and screen readers do not treat as the letter. The glyph stands
 * for the base letter(s) as much as for the form, so this writer rewrites each ToUnicode map as it is added to the
 * file: a glyph mapped to a presentation form maps to the form's compatibility decomposition instead (ﻟ → ل; the
 * lam-alef ligature ﻻ → لا, its letters in the visual order of the content stream, as extractors reverse it).
 * The drawn glyphs and the content streams stay exactly as they were. Chosen over
 * {@code /ActualText} on marked content because it holds for every run wherever it is drawn (table cells, running
 * heads, figure labels), needs no marked content inside OpenPDF's line writer, and is what PDFium (Chromium's
 * viewer) and PDFBox read; many extractors ignore ActualText.
 */
final class TaggedPdfWriter extends PdfWriter {

    /** One mapping line as TrueTypeFontUnicode writes it: {@code <glyph><glyph><utf-16 hex>}. */
    private static final Pattern RANGE = Pattern.compile("<(\\p{XDigit}{4})><(\\p{XDigit}{4})><(\\p{XDigit}+)>");
    private static final String CMAP_START = "/CIDInit /ProcSet findresource begin";

    private Consumer<PdfAnnotation> onAnnotation = a -> { };
    /** The last TrueType font program written: the CIDSet of the font descriptor that follows describes it. */
    private byte[] fontProgram;

    private TaggedPdfWriter(PdfDocument pdf, OutputStream out) {
        super(pdf, out);
    }

    /** Called with each annotation just before it is written, while its page is the current page. */
    void onAnnotation(Consumer<PdfAnnotation> hook) {
        this.onAnnotation = hook;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object, PdfIndirectReference ref) throws IOException {
        if (object instanceof PdfAnnotation annotation && annotation.isAnnotation()) {
            onAnnotation.accept(annotation);
        }
        return super.addToBody(object, ref);
    }

    /** What {@link PdfWriter#getInstance(Document, OutputStream)} does, with this writer. */
    static TaggedPdfWriter open(Document document, OutputStream out) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        TaggedPdfWriter writer = new TaggedPdfWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && stream.contains(PdfName.LENGTH1)) {
            fontProgram = content(stream);
        }
        if (object instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
                && d.contains(PdfName.CIDSET) && fontProgram != null) {
            PdfStream cidSet = new PdfStream(GlyphSet.of(fontProgram));
            cidSet.flateCompress(getCompressionLevel());
            d.put(PdfName.CIDSET, super.addToBody(cidSet).getIndirectReference());
            fontProgram = null;
        }
        if (object instanceof PdfStream stream && object.getClass() == PdfStream.class) {
            String cmap = toUnicode(stream);
            if (cmap != null) {
                PdfStream logical = new PdfStream(logical(cmap).getBytes(StandardCharsets.ISO_8859_1));
                logical.flateCompress(getCompressionLevel());
                return super.addToBody(logical);
            }
        }
        return super.addToBody(object);
    }

    /** The text of a ToUnicode map written by OpenPDF, or null for any other stream. */
    private static String toUnicode(PdfStream stream) {
        byte[] plain = content(stream);
        if (plain == null) {
            return null;
        }
        String text = new String(plain, StandardCharsets.ISO_8859_1);
        return text.startsWith(CMAP_START) ? text : null;
    }

    /** A stream's decoded content (null if it cannot be read). */
    private static byte[] content(PdfStream stream) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            stream.writeContent(content);
        } catch (IOException e) {
            return null;
        }
        byte[] bytes = content.toByteArray();
        return PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER)) ? PdfReader.FlateDecode(bytes) : bytes;
    }

    /** The map with every presentation-form target replaced by its base letters. */
    static String logical(String cmap) {
        Matcher m = RANGE.matcher(cmap);
        StringBuilder out = new StringBuilder(cmap.length());
        while (m.find()) {
            String target = utf16(m.group(3));
            String letters = baseLetters(target);
            String line = letters.equals(target) ? m.group()
                    : "<" + m.group(1) + "><" + m.group(2) + "><" + hex(letters) + ">";
            m.appendReplacement(out, Matcher.quoteReplacement(line));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The logical letters a shaped string stands for: each presentation form decomposed (NFKC), other characters
     * kept; a ligature's letters in the visual order the glyph is drawn in. The isolated forms of harakat
     * decompose to a space or tatweel before the mark; the carrier is dropped, as the mark belongs to the letter
     * before it.
     */
    static String baseLetters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!isPresentationForm(c)) {
                out.appendCodePoint(c);
                return;
            }
            String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
            if (base.length() > 1 && (base.charAt(0) == ' ' || base.charAt(0) == '\u0640')) {
                base = base.substring(1);
            }
            // The content stream holds Arabic in visual order and extractors reverse it character by character,
            // so a ligature's letters are mapped in visual order too (ﻻ → "ال", read back as "لا").
            out.append(new StringBuilder(base).reverse());
        });
        return out.toString();
    }

    static boolean isPresentationForm(int c) {
        return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }

    private static String utf16(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_16BE);
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
    }
}
