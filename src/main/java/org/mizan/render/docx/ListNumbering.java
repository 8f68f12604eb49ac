package org.mizan.render.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real Word list numbering (not typed bullets), so that an analyst who adds an item gets the next bullet or
 * number. Bulleted lists share one definition; each numbered list gets its own instance restarting at 1. The
 * indent is given as "left", which Word reads as the start side, so right-to-left lists indent from the right.
 */
final class ListNumbering {

    private static final long INDENT = 360;

    private final XWPFDocument doc;
    private XWPFNumbering numbering;
    private BigInteger bulletAbstract;
    private BigInteger decimalAbstract;
    private BigInteger bulletNum;

    ListNumbering(XWPFDocument doc) {
        this.doc = doc;
    }

    /** The numbering id for a new list. */
    BigInteger numFor(boolean numbered) {
        if (numbering == null) {
            numbering = doc.createNumbering();
            bulletAbstract = define(STNumberFormat.BULLET, "\u2022");
            decimalAbstract = define(STNumberFormat.DECIMAL, "%1.");
        }
        if (!numbered) {
            if (bulletNum == null) {
                bulletNum = numbering.addNum(bulletAbstract);
            }
            return bulletNum;
        }
        BigInteger num = numbering.addNum(decimalAbstract);
        CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return num;
    }

    private BigInteger define(STNumberFormat.Enum format, String text) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewLvlJc().setVal(STJc.LEFT);
        var indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(2 * INDENT));
        indent.setHanging(BigInteger.valueOf(INDENT));
        Direction.fonts(level.addNewRPr().addNewRFonts());
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }
}
