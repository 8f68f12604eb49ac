package org.mizan.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The briefs already written to out/ (baseline files at the top, a scenario's in {@code out/NAME/}), listed and
 * served. A requested name must be a plain file name of a brief type, in out/ or one folder below it, reached
 * without following links, so no request can read anything else on the disk.
 */
final class OutFiles {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(pdf|docx|xlsx|json)");
    private static final Pattern FOLDER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]{0,120}");
    private static final LinkOption NO_LINKS = LinkOption.NOFOLLOW_LINKS;

    private final Path dir;

    OutFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** Paths relative to out/ ({@code brief-en.pdf}, {@code coalition-drawdown/brief-ar.docx}), sorted. */
    List<String> list() {
        List<String> found = new ArrayList<>();
        for (Path p : children(set())) {
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p, NO_LINKS) && FILE.matcher(name).matches()) {
                found.add(name);
            } else if (Files.isDirectory(p, NO_LINKS) && FOLDER.matcher(name).matches()) {
                children(p).stream().filter(f -> Files.isRegularFile(f, NO_LINKS))
                        .map(f -> f.getFileName().toString()).filter(n -> FILE.matcher(n).matches())
                        .forEach(n -> found.add(name + "/" + n));
            }
        }
        return found.stream().sorted().toList();
    }

    /** The file {@code folder/name} ({@code folder} may be null), or a refusal; see the class comment. */
    Path resolve(String folder, String name) {
        if (name == null || !FILE.matcher(name).matches()
                || folder != null && !FOLDER.matcher(folder).matches()) {
            throw new BadRequest("not a brief file name: " + Html.clip(folder + "/" + name));
        }
        Path set = set();
        Path parent = folder == null ? set : set.resolve(folder);
        Path file = parent.resolve(name).normalize();
        if (!file.getParent().equals(parent) || !parent.startsWith(set)
                || folder != null && !Files.isDirectory(parent, NO_LINKS)
                || !Files.isRegularFile(file, NO_LINKS)) {
            throw new BadRequest(404, "no such brief in out/: " + Html.clip(name));
        }
        return file;
    }

    /**
     * The folder of the set out/ shows now: out/ is a link that each run points at a new complete set (see
     * AtomicOutput), followed here once, so the checks below hold within that set.
     */
    private Path set() {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/json";
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder, NO_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
