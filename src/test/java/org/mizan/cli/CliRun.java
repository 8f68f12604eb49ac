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

    /** Copies the project's facts/, rules/ and templates/ into {@code dir}, for tests that damage them. */
    /** Copies the project's facts, rules and templates into {@code dir}, for a run that may change them. */
    public static void copyInputs(Path dir) {
        for (String name : new String[] {"facts", "rules", "templates"}) {
            copyTree(projectDir().resolve(name), dir.resolve(name));
        }
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
