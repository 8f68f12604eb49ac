package org.mizan.render;

import java.io.IOException;

import org.apache.commons.io.function.IORunnable;
import org.apache.poi.util.Reproducibility;

/**
 * Writes an Office file (DOCX, XLSX) with its zip entry times fixed, so the same document gives the same bytes.
 * POI's switch for this is one JVM-wide flag that each write sets and then restores: two writes at once (the DOCX
 * and the workbook render on threads of their own) would let the first to finish clear it under the other. So
 * the writes take turns.
 */
public final class ZipTimes {

    private static final Object TURN = new Object();

    private ZipTimes() {
    }

    public static void fixed(IORunnable write) throws IOException {
        synchronized (TURN) {
            Reproducibility.runWithSourceDateEpoch(write);
        }
    }
}
