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
import java.util.Optional;
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

    private static final String NO_HEADER = "no dossier header";

    private DossierLoader() {
    }

    public static Dossier load(Path factsDir) {
        return load(factsDir, List.of());
    }

    /**
     * The dossier of {@code factsDir} brought up to date by each update folder of {@code updates}, in order: an
     * update's fact files and source texts add to the dossier's (its facts may overtake the dossier's with
     * {@code supersedes}), and its header ({@link UpdateHeader}) names the dossier and may replace the currency note.
     */
    public static Dossier load(Path factsDir, List<Path> updates) {
        String dirName = DisplayPaths.of(factsDir);
        List<Path> baseFiles = factFiles(factsDir, FACTS_HINT);
        List<Problem> problems = new ArrayList<>(notFiles(factsDir));
        List<List<Path>> updateFiles = new ArrayList<>();
        for (Path update : updates) {
            updateFiles.add(factFiles(update, UPDATE_HINT));
            problems.addAll(notFiles(update));
        }
        List<Path> files = new ArrayList<>(baseFiles);
        updateFiles.forEach(files::addAll);
        Vocabulary vocabulary = Vocabulary.read(files, problems);
        List<FactFile> read = files.stream().map(f -> FactFile.read(f, vocabulary)).toList();
        read.forEach(f -> problems.addAll(f.problems()));
        Locations locations = new Locations();
        read.forEach(f -> locations.putAll(f.locations()));
        List<FactFile> base = read.subList(0, baseFiles.size());
        DossierHeader header = header(base, locations, dirName, problems);
        base.forEach(f -> f.update().ifPresent(u -> problems.add(new Problem(locations.start(u).orElseThrow(),
                "an update header in the dossier folder: \"update\" heads a folder given with --update; move this"
                        + " file's facts into such a folder, or remove the header"))));
        // Where the thesis and the currency note a warning or error is about are written: the dossier's header, or
        // the update's that replaced them.
        SourceLocation headerAt = locations.start(header).orElse(null);
        SourceLocation noteAt = headerAt;
        int from = baseFiles.size();
        List<Path> hashed = new ArrayList<>(withTexts(factsDir, baseFiles));
        for (int i = 0; i < updates.size(); i++) {
            List<FactFile> update = read.subList(from, from + updateFiles.get(i).size());
            from += updateFiles.get(i).size();
            Optional<UpdateHeader> last = updateHeader(updates.get(i), update, header, locations, problems);
            if (last.isPresent()) {
                UpdateHeader u = last.get();
                SourceLocation at = locations.start(u).orElse(null);
                header = new DossierHeader(header.id(), u.title() != null ? u.title() : header.title(),
                        u.currency() != null ? u.currency() : header.currency(),
                        u.currency() != null ? u.currencyAsOf() : header.currencyAsOf(), header.reader(),
                        u.thesis() != null ? u.thesis() : header.thesis(), header.soWhat());
                noteAt = u.currency() != null && at != null ? at : noteAt;
                headerAt = u.thesis() != null && at != null ? at : headerAt;
            }
            hashed.addAll(withTexts(updates.get(i), updateFiles.get(i)));
        }
        List<Path> textDirs = new ArrayList<>(List.of(factsDir));
        textDirs.addAll(updates);
        SourceTexts texts = SourceTexts.read(textDirs);
        problems.addAll(texts.problems());
        Map<String, SourceLocation> origins = origins(read, locations, header);
        if (headerAt != null) {
            origins.put(Dossier.HEADER, headerAt);
        }
        if (noteAt != null) {
            origins.put(Dossier.CURRENCY_NOTE, noteAt);
        }
        Dossier dossier = new Dossier(header.id(), header.title(),
                read.stream().flatMap(f -> f.sources().stream()).toList(),
                read.stream().flatMap(f -> f.facts().stream()).toList(),
                origins, digest(factsDir, hashed, problems), header.currency(),
                header.currencyAsOf(), vocabulary).withVoice(header.voice());
        Set<String> unbound = new HashSet<>();
        read.forEach(f -> unbound.addAll(f.unboundIds()));
        check(dossier, new DossierValidator(locations, unbound, false, texts), causes(read, problems), problems);
        if (!problems.isEmpty()) {
            throw new InputException(sorted(problems));
        }
        return dossier;
    }

    /**
     * The one update header of an update folder, checked: it names the dossier it updates, and the folder holds no
     * dossier header of its own. Empty (and reported) when it is missing or wrong.
     */
    private static Optional<UpdateHeader> updateHeader(Path dir, List<FactFile> files, DossierHeader dossier,
                                                       Locations locations, List<Problem> problems) {
        files.forEach(f -> f.header().ifPresent(h -> problems.add(new Problem(locations.start(h).orElseThrow(),
                "a dossier header in an update folder: an update adds to the dossier of --facts, so its header is"
                        + " \"update\": {\"of\": \"" + dossier.id() + "\", \"currency\": ..., \"currencyAsOf\": ...}"))));
        List<UpdateHeader> headers = files.stream().flatMap(f -> f.update().stream()).toList();
        if (headers.isEmpty()) {
            if (files.stream().noneMatch(f -> f.headerUnreadable() || !f.readToEnd())) {
                problems.add(new Problem(SourceLocation.ofFile(DisplayPaths.of(dir)), "no update header: add"
                        + " \"update\": {\"of\": \"" + dossier.id() + "\"} to one fact file of the update (e.g. "
                        + DisplayPaths.of(dir.resolve("update.json")) + "), with its currency note"));
            }
            return Optional.empty();
        }
        for (UpdateHeader extra : headers.subList(1, headers.size())) {
            problems.add(new Problem(locations.start(extra).orElseThrow(), "a second update header: the first is at "
                    + locations.start(headers.get(0)).orElseThrow() + "; an update folder has one"));
        }
        UpdateHeader header = headers.get(0);
        if (!header.of().equals(dossier.id())) {
            problems.add(new Problem(locations.start(header).orElseThrow(), "an update of dossier \"" + header.of()
                    + "\", but the dossier folder holds \"" + dossier.id() + "\": give --facts the folder of the dossier"
                    + " it updates, or correct \"of\""));
            return Optional.empty();
        }
        return Optional.of(header);
    }

    /**
     * The dossier's checks, less what follows from a cause already reported: a file that could not be read to its
     * end, is empty or declares nothing may have declared any id, and a missing header usually means a lost
     * dossier.json with its sources; so then no reference is reported as unknown (an emptied actors.json once gave
     * 131 lines). The first cause says how many errors were left out.
     */
    private static void check(Dossier dossier, DossierValidator full, List<Problem> causes, List<Problem> problems) {
        if (causes.isEmpty()) {
            problems.addAll(full.check(dossier));
            return;
        }
        List<Problem> checked = full.assumingEveryIdDeclared().check(dossier);
        problems.addAll(checked);
        int hidden = full.check(dossier).size() - checked.size();
        if (hidden > 0) {
            Problem first = causes.get(0);
            problems.set(problems.indexOf(first), new Problem(first.where(), first.message() + " (and " + hidden
                    + " error" + (hidden == 1 ? "" : "s") + " that follow from it)"));
        }
    }

    /** The problems that leave the dossier's ids incomplete: a file's first problem when it was not read whole. */
    private static List<Problem> causes(List<FactFile> read, List<Problem> problems) {
        List<Problem> causes = new ArrayList<>();
        read.stream().filter(f -> !f.readToEnd()).map(f -> f.problems().get(0)).forEach(causes::add);
        problems.stream().filter(p -> p.message().startsWith(NO_HEADER)).forEach(causes::add);
        return causes;
    }

    /** What to do when the dossier folder is missing, and when an update folder is: each names its option. */
    private static final String FACTS_HINT = "give --facts the folder that holds the fact files (e.g. facts/)";
    private static final String UPDATE_HINT = "give --update the folder that holds the update's fact files"
            + " (e.g. facts/updates/2026-01-16)";

    /** The files that make up the dossier, sorted by name; an empty or missing directory is itself a problem. */
    public static List<Path> factFiles(Path factsDir) {
        return factFiles(factsDir, FACTS_HINT);
    }

    private static List<Path> factFiles(Path factsDir, String hint) {
        String dirName = DisplayPaths.of(factsDir);
        if (!Files.isDirectory(factsDir)) {
            throw new InputException(new Problem(SourceLocation.ofFile(dirName), "not a directory: " + hint));
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

    /**
     * A name of a fact file that holds no file: a link to nothing, or a folder. Left unreported, the facts the
     * analyst meant it to hold would silently be missing from the brief.
     */
    private static List<Problem> notFiles(Path factsDir) {
        try (Stream<Path> entries = Files.list(factsDir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json") && !Files.isRegularFile(p))
                    .sorted().map(DossierLoader::notAFile).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of(); // reported by factFiles
        }
    }

    private static Optional<Problem> notAFile(Path path) {
        SourceLocation at = SourceLocation.ofFile(DisplayPaths.of(path));
        if (Files.isDirectory(path)) {
            return Optional.of(new Problem(at, "a folder named like a fact file: fact files are read only directly"
                    + " in " + DisplayPaths.of(path.getParent()) + "; rename the folder, or move its files up"));
        }
        if (!Files.exists(path)) {
            return Optional.of(new Problem(at, "a link to nothing (" + SourceTexts.linkTarget(path) + " does not"
                    + " exist), so its facts are missing: restore the file it points to, or remove the link"));
        }
        return Optional.empty();
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
            problems.add(new Problem(SourceLocation.ofFile(dirName), NO_HEADER + ": add \"dossier\": {\"id\": ...,"
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
                sha.update(relative(factsDir, file).replace('\\', '/').getBytes(StandardCharsets.UTF_8));
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

    /** A file's path from the facts directory: an update folder's files may lie outside it ("../update/x.json"). */
    private static String relative(Path factsDir, Path file) {
        return file.startsWith(factsDir) ? factsDir.relativize(file).toString()
                : factsDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.where().file())
                .thenComparingInt(p -> p.where().line()).thenComparingInt(p -> p.where().column())).toList();
    }
}
