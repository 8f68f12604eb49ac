package org.mizan.pipeline;

import java.util.Locale;

/** What `generate` can write. */
public enum OutputFormat {
    PDF,
    DOCX,
    JSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat ofCode(String code) {
        for (OutputFormat f : values()) {
            if (f.code().equalsIgnoreCase(code.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + code + "\" (allowed: pdf, docx, json)");
    }
}
