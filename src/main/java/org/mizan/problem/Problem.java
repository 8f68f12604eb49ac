package org.mizan.problem;

/**
 * One thing wrong with an input file, as a value: loaders collect these and the command line prints them.
 * The message says what is wrong and, where it helps, what to do.
 */
public record Problem(SourceLocation where, String message) {

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(new SourceLocation(file, line, column), message);
    }

    /** At character {@code offset} of {@code text}, counted in lines and columns from 1. */
    public static Problem atOffset(String file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return at(file, line, offset - lineStart + 1, message);
    }

    /**
     * {@code facts/bases.json:12:5: error: unknown actor "usa" in "operator"}; an invisible character in the file's
     * name or in a quoted value is shown as {@code <U+202E>}, so it cannot reorder the line.
     */
    public String format() {
        return TextCharacters.shown(where + ": error: " + message);
    }

    @Override
    public String toString() {
        return format();
    }
}
