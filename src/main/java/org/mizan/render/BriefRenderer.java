package org.mizan.render;

import java.io.IOException;
import java.io.OutputStream;

import org.mizan.brief.Brief;

/** Turns the document model into one file format. Same brief in, same bytes out. */
public interface BriefRenderer {

    void render(Brief brief, OutputStream out) throws IOException;

    /** File extension without the dot, e.g. "pdf". */
    String extension();

    /** The file's name before the language: "brief" gives brief-en.pdf. */
    default String baseName() {
        return "brief";
    }
}
