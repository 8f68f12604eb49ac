package org.mizan.problem;

/**
 * One thing wrong with an input file, as a value: loaders collect these and the command line prints them.
 * The message says what is wrong and, where it helps, what to do.
 */
public record Problem(SourceLocation where, String message) {

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(new SourceLocation(file, line, column), message);
    }

    /** {@code facts/bases.json:12:5: error: unknown actor "usa" in "operator"}. */
    public String format() {
        return where + ": error: " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
