package org.mizan.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The briefs already written to out/, listed and served. A requested name must be a plain file name of a brief
 * type that resolves inside out/ without following links, so no request can read anything else on the disk.
 */
final class OutFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(pdf|docx|json)");

    private final Path dir;

    OutFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The brief files directly in out/, by name; none if out/ does not exist yet. */
    List<String> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file for {@code name}, or a refusal: malformed names, anything outside out/, links, or missing files. */
    Path resolve(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadRequest("not a brief file name: " + Html.clip(String.valueOf(name)));
        }
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadRequest(404, "no such brief in out/: " + name);
        }
        return file;
    }

    static String contentType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/json";
    }
}
