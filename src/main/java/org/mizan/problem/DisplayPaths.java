package org.mizan.problem;

import java.nio.file.Path;

/**
 * Turns a path into the form the user typed it in: relative to the working directory when it lies below it, with an
 * invisible character of a file name shown as {@code <U+202E>} (raw, it would reorder the line it is printed in).
 */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        return TextCharacters.shown(abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString());
    }
}
