package org.mizan.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields written as complex fields (begin, instruction, separate, shown result, end), the form Word itself
 * writes and LibreOffice reads. The shown result is a placeholder until the field is updated. A field may span
 * paragraphs (the table of contents does): {@link #begin} in the first, {@link #end} in the last.
 */
final class Fields {

    private final Direction direction;

    Fields(Direction direction) {
        this.direction = direction;
    }

    /** A whole field inside one paragraph, e.g. PAGE with "1" shown until Word computes it. */
    void inline(XWPFParagraph paragraph, String instruction, String placeholder) {
        begin(paragraph, instruction, false);
        text(paragraph, placeholder);
        end(paragraph);
    }

    /** Begins a field and writes its instruction; {@code dirty} asks Word to recompute it on open. */
    void begin(XWPFParagraph paragraph, String instruction, boolean dirty) {
        var fldChar = run(paragraph, "").addNewFldChar();
        fldChar.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            fldChar.setDirty(true);
        }
        CTText instr = run(paragraph, instruction).addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        run(paragraph, "").addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    void end(XWPFParagraph paragraph) {
        run(paragraph, "").addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Plain text in the paragraph's style, with the brief's direction. */
    void text(XWPFParagraph paragraph, String text) {
        InlineWriter.text(run(paragraph, text), text);
    }

    private CTR run(XWPFParagraph paragraph, String text) {
        CTR run = paragraph.getCTP().addNewR();
        direction.run(run, text, null, false, false);
        return run;
    }
}
