package org.mizan.problem;

/**
 * Where something stands in a file the user edits: path as the user would type it, 1-based line and column.
 * Line or column 0 means "not known".
 */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code file:line:col}, leaving out what is not known, as compilers print it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
