package org.mizan.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Loads the dossier from the {@code *.json} files directly in a facts directory, in file-name order. Sub-folders
 * (scenarios) and {@code hypotheses.json} (reserved) are not part of it. Everything wrong, in every file, is
 * reported together as one {@link InputException}, sorted by file and line.
 */
public final class DossierLoader {

    /** Reserved for analyst hypotheses, which are not facts of the dossier. */
    public static final String RESERVED_FILE = "hypotheses.json";

    private DossierLoader() {
    }

    public static Dossier load(Path factsDir) {
        String dirName = DisplayPaths.of(factsDir);
        List<Path> files = factFiles(factsDir);
        List<Problem> problems = new ArrayList<>();
        Vocabulary vocabulary = Vocabulary.read(files, problems);
        List<FactFile> read = files.stream().map(f -> FactFile.read(f, vocabulary)).toList();
        read.forEach(f -> problems.addAll(f.problems()));
        Locations locations = new Locations();
        read.forEach(f -> locations.putAll(f.locations()));
        DossierHeader header = header(read, locations, dirName, problems);
        SourceTexts texts = SourceTexts.read(factsDir);
        problems.addAll(texts.problems());
        Dossier dossier = new Dossier(header.id(), header.title(),
                read.stream().flatMap(f -> f.sources().stream()).toList(),
                read.stream().flatMap(f -> f.facts().stream()).toList(),
                origins(read, locations, header), digest(factsDir, withTexts(factsDir, files), problems), header.currency(),
                header.currencyAsOf(), vocabulary);
        Set<String> unbound = new HashSet<>();
        read.forEach(f -> unbound.addAll(f.unboundIds()));
        // A file that could not be read to its end may declare ids in its unread part: references to them are not
        // reported as unknown (one truncated file once gave one real error and 75 follow-on lines).
        boolean idsIncomplete = read.stream().anyMatch(f -> !f.readToEnd());
        problems.addAll(new DossierValidator(locations, unbound, idsIncomplete, texts).check(dossier));
        if (!problems.isEmpty()) {
            throw new InputException(sorted(problems));
        }
        return dossier;
    }

    /** The files that make up the dossier, sorted by name; an empty or missing directory is itself a problem. */
    public static List<Path> factFiles(Path factsDir) {
        String dirName = DisplayPaths.of(factsDir);
        if (!Files.isDirectory(factsDir)) {
            throw new InputException(new Problem(SourceLocation.ofFile(dirName),
                    "not a directory: give the folder that holds the fact files (e.g. facts/)"));
        }
        try (Stream<Path> entries = Files.list(factsDir)) {
            List<Path> named = entries.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(RESERVED_FILE))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            List<Problem> special = named.stream().flatMap(p -> FileRefusal.special(p, "a fact file").stream()).toList();
            if (!special.isEmpty()) {
                throw new InputException(special);
            }
            List<Path> files = named.stream().filter(Files::isRegularFile).toList();
            if (files.isEmpty()) {
                throw new InputException(new Problem(SourceLocation.ofFile(dirName),
                        "no fact files (*.json) in this directory"));
            }
            return files;
        } catch (IOException e) {
            throw new InputException(new Problem(SourceLocation.ofFile(dirName), FileRefusal.wording(e)));
        }
    }

    /** The fact files and the source texts they are checked against: both make the dossier. */
    private static List<Path> withTexts(Path factsDir, List<Path> files) {
        Path folder = factsDir.resolve(SourceTexts.FOLDER);
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return Stream.concat(files.stream(), entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))).toList();
        } catch (IOException e) {
            return files; // reported by SourceTexts.read
        }
    }

    private static DossierHeader header(List<FactFile> read, Locations locations, String dirName,
                                        List<Problem> problems) {
        List<DossierHeader> headers = read.stream().flatMap(f -> f.header().stream()).toList();
        if (headers.isEmpty() && read.stream().anyMatch(f -> f.headerUnreadable() || !f.readToEnd())) {
            return new DossierHeader("unreadable", new Text("", ""));
        }
        if (headers.isEmpty()) {
            problems.add(new Problem(SourceLocation.ofFile(dirName), "no dossier header: add \"dossier\": {\"id\": ...,"
                    + " \"title\": {\"en\": ..., \"ar\": ...}} to one fact file (e.g. " + dirName + "/dossier.json)"));
            return new DossierHeader("unnamed", new Text("", ""));
        }
        for (DossierHeader extra : headers.subList(1, headers.size())) {
            problems.add(new Problem(locations.start(extra).orElseThrow(), "a second dossier header: the first is at "
                    + locations.start(headers.get(0)).orElseThrow() + "; a dossier has one"));
        }
        return headers.get(0);
    }

    private static Map<String, SourceLocation> origins(List<FactFile> read, Locations locations,
                                                       DossierHeader header) {
        Map<String, SourceLocation> origins = new HashMap<>();
        locations.start(header).ifPresent(at -> origins.put(Dossier.HEADER, at));
        read.forEach(f -> {
            f.sources().forEach(s -> putFirst(origins, s.id(), locations.start(s).orElseThrow()));
            f.facts().forEach(fact -> putFirst(origins, fact.id(), locations.start(fact).orElseThrow()));
        });
        return origins;
    }

    private static void putFirst(Map<String, SourceLocation> origins, String id, SourceLocation at) {
        if (id != null) {
            origins.putIfAbsent(id, at);
        }
    }

    /**
     * SHA-256 over each file's path (relative to the facts directory) and bytes, in path order. A file that cannot be
     * read is a problem at the file (once: its reader may have said so already); the digest then stands for nothing.
     */
    static String digest(Path factsDir, List<Path> files, List<Problem> problems) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(factsDir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try {
                    sha.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    String shown = DisplayPaths.of(file);
                    if (problems.stream().noneMatch(p -> p.where().file().equals(shown))) {
                        problems.add(new Problem(SourceLocation.ofFile(shown), FileRefusal.wording(e)));
                    }
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.where().file())
                .thenComparingInt(p -> p.where().line()).thenComparingInt(p -> p.where().column())).toList();
    }
}
