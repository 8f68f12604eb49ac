package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs the command line in-process and captures what it printed, the way a user would see it. */
public record CliRun(int exitCode, String out, String err) {

    static Path projectDir() {
        return Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Copies the project's facts, rules and templates into {@code dir}, for a run that may change them. */
    public static void copyInputs(Path dir) {
        for (String name : new String[] {"facts", "rules", "templates"}) {
            copyTree(projectDir().resolve(name), dir.resolve(name));
        }
    }

    /**
     * Takes the analyst's thesis out of a copied dossier header ({@code facts/dossier.json} under {@code dir}), for a
     * run that needs the machine's bottom line; false when there was none to take out.
     */
    public static boolean removeThesis(Path dir) {
        Path header = dir.resolve("facts/dossier.json");
        try {
            String text = Files.readString(header);
            String without = java.util.regex.Pattern.compile("\n    \"thesis\": \\{\n.*?\n    },",
                    java.util.regex.Pattern.DOTALL).matcher(text).replaceFirst("");
            Files.writeString(header, without);
            return !without.equals(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The line with the number of errors that follow from a cause written as N: how many follow depends on the
     * project's facts and rules, which evolve; that some were left out, and where the cause is, does not.
     */
    static String countless(String line) {
        return line.replaceAll("\\(and \\d+ errors? that follow from it\\)", "(and N errors that follow from it)");
    }

    static String[] inputArgs(Path dir, String... more) {
        String[] base = {"--facts", dir.resolve("facts").toString(), "--shipped-rules", dir.resolve("rules").toString(),
                "--shipped-templates", dir.resolve("templates").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
