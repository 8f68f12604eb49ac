package org.mizan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.mizan.pipeline.InputDirs;

/** A copy of the project's facts, rules and templates in a temporary folder, so tests may break and fix them. */
final class TestProject {

    final Path root;
    final InputDirs dirs;
    final Path out;

    TestProject(Path root) {
        this.root = root;
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
        for (String dir : new String[] {"facts", "rules", "templates"}) {
            copyTree(project.resolve(dir), root.resolve(dir));
        }
        this.dirs = new InputDirs(root.resolve("facts"), root.resolve("rules"), root.resolve("templates"));
        this.out = root.resolve("out");
    }

    /**
     * A server on a free port. Views get ten minutes instead of the default limit: on a loaded build machine
     * several parallel views can take longer than a minute; ViewLimitTest checks the limit itself.
     */
    WebServer start() {
        return WebServer.start(dirs, out, new WebServer.Options("127.0.0.1", 0, List.of(), Duration.ofMinutes(10)));
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
