package org.mizan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes one benchmark input folder: facts/ at a given scale, rules/ with a given number of variants per rule, and
 * a copy of templates/. Usage: {@code MakeInputs PROJECT_DIR SCALE VARIANTS OUT_DIR}.
 */
public final class MakeInputs {

    private MakeInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]);
        int scale = Integer.parseInt(args[1]);
        int variants = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        int facts = SyntheticDossier.write(project.resolve("facts"), scale, out.resolve("facts"));
        SyntheticRules.write(project.resolve("rules"), variants, out.resolve("rules"));
        copyTree(project.resolve("templates"), out.resolve("templates"));
        System.out.printf("%s: %d facts, %d rules%n", out, facts, SyntheticRules.count(out.resolve("rules")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
