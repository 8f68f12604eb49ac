package org.mizan.layer;

import java.nio.file.Path;

import org.mizan.problem.DisplayPaths;

/**
 * One folder of rules or of wording, and how it came to be read. Layers stack like a Hugo site over its theme:
 * the shipped folder (the method) at the bottom, the dossier's own folder above it, folders given on the command
 * line on top. A file in a higher layer adds to the ones below it, or overrides the one of the same name.
 */
public record Layer(Path dir, Origin origin) {

    /** Why a layer was read, as {@code validate} and {@code ids} say it. */
    public enum Origin {
        SHIPPED("shipped"),
        DOSSIER("the dossier's own"),
        OPTION("given on the command line");

        private final String words;

        Origin(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static Layer shipped(Path dir) {
        return new Layer(dir, Origin.SHIPPED);
    }

    /** {@code facts/rules (the dossier's own)}. */
    public String describe() {
        return DisplayPaths.of(dir) + " (" + origin.words() + ")";
    }
}
