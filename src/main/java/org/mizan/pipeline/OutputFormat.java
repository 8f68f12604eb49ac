package org.mizan.pipeline;

import java.util.Locale;

/** What `generate` can write. */
public enum OutputFormat {
    PDF,
    DOCX,
    /** The evidence workbook of each brief, evidence-en.xlsx. */
    XLSX,
    JSON;

    /** True for the files drawn from a brief's document model (all but findings.json). */
    public boolean fromBrief() {
        return this != JSON;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat ofCode(String code) {
        for (OutputFormat f : values()) {
            if (f.code().equalsIgnoreCase(code.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + code + "\" (allowed: pdf, docx, xlsx, json)");
    }
}
