package org.mizan.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * Replaces the outputs as one set, so that out/ never holds new briefs beside an old findings.json or manifest.json,
 * not even when the run is killed half-way.
 *
 * <p>{@code out} is a symbolic link to a complete set in the sibling folder {@code .out.sets/} ({@code out ->
 * .out.sets/7}). A run builds the next set beside it ({@code .out.sets/tmp-8}): the files it did not change are hard
 * links to the current set's (same bytes, same time stamp, no copy), the new ones are written and fsynced, then the
 * folders are fsynced, the set renamed to {@code .out.sets/8}, and a new link renamed over {@code out} in one
 * rename(2), which no crash can leave half done. Everything else in {@code .out.sets/} (the previous set, a set a
 * killed run left behind) is removed under a lock by the next run, which also turns an out/ folder of an older
 * Mizan into a set. Readers see out/ as a folder: {@code out/brief-en.pdf} is where it always was. Copy it with
 * {@code cp -rL out DEST} (or {@code cp -r out/. DEST}); a plain {@code cp -r} copies the link.
 *
 * <p>A scenario's outputs are the folder {@code out/NAME/} of the same set; a run of one scenario carries every other
 * file over. Where the file system cannot make symbolic links, each file is moved into place on its own instead.
 */
public final class AtomicOutput {

    private static final String TMP = "tmp-";
    private static final String LEGACY = "legacy";
    private static final String LOCK = "lock";
    /** As many links as Linux follows in one path before it gives up (ELOOP). */
    private static final int MAX_LINKS = 40;
    /** The prefix of the folder {@link #checkWritable} makes and removes to learn that it may write. */
    private static final String PROBE = ".mizan-write-probe-";
    /**
     * What Mizan writes into out/ and its scenario folders, the temporary files of an older Mizan, and the empty
     * placeholder an older checkout kept out/ with.
     */
    private static final Pattern OUTPUT = Pattern.compile("brief-[a-z]{2,3}\\.(pdf|docx)|findings\\.json|manifest\\.json"
            + "|\\..+\\.tmp|\\.keep|\\.gitkeep");

    /** How one new file's bytes reach the disk: written and fsynced ({@link #writeSynced}), or a test's failure. */
    interface Sink {
        void write(Path file, byte[] bytes) throws IOException;
    }

    private final Path out;
    private final Path link;
    private final Path sets;
    private final Sink sink;

    private AtomicOutput(Path out, Sink sink) {
        this.sink = sink;
        this.out = out;
        this.link = location(out);
        this.sets = setsOf(link);
    }

    /** The sibling folder that holds the sets of the out/ link {@code link}. */
    private static Path setsOf(Path link) {
        return link.resolveSibling("." + link.getFileName() + ".sets");
    }

    /**
     * The path this run replaces: {@code out} itself, or, when {@code out} is a link the user made, where the user's
     * links lead (a link to a link, a relative link), as if that place had been given to --out. Only a link Mizan
     * made (to one of its own sets, {@code out -> .out.sets/7}) is replaced in place: taking a user's link for
     * an out/ folder of an older Mizan moved the folder it led to, and the user's files in it, into a hidden set.
     */
    static Path location(Path out) {
        Path p = out.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            Path target;
            try {
                target = p.resolveSibling(Files.readSymbolicLink(p));
            } catch (IOException e) {
                throw new InputException(Problem.at(DisplayPaths.of(out), 0, 0, "cannot read the link "
                        + DisplayPaths.of(p) + " (" + e.getMessage() + "); choose another folder with --out"));
            }
            if (isSetLink(p, target)) {
                return p;
            }
            if (hops == MAX_LINKS) {
                throw new InputException(Problem.at(DisplayPaths.of(out), 0, 0, "this link leads through more than "
                        + MAX_LINKS + " links, or round in a circle; make it point at a folder, or give --out one"));
            }
            p = withRealParent(target);
        }
        return p;
    }

    /** Whether {@code target}, read from the link {@code link}, is one of the sets Mizan keeps for that link. */
    private static boolean isSetLink(Path link, Path target) {
        Path t = target.normalize();
        return setsOf(link).equals(t.getParent()) && t.getFileName().toString().matches("\\d+");
    }

    /**
     * {@code path} with its folder resolved through links, so that a {@code ..} in a relative link means what the
     * operating system makes of it; unchanged where the folder does not exist.
     */
    private static Path withRealParent(Path path) {
        Path parent = path.getParent();
        try {
            return parent == null ? path : parent.toRealPath().resolve(path.getFileName()).normalize();
        } catch (IOException e) {
            return path.normalize();
        }
    }

    /** The baseline's outputs, at the top of {@code out}; returns the paths whose bytes changed. */
    public static List<Path> write(Path out, List<Artifact> artifacts) throws IOException {
        return write(out, null, artifacts);
    }

    /**
     * Writes the artifacts into {@code out} ({@code folder} null) or {@code out/folder}, every other output staying as
     * it was; returns the paths whose bytes changed, below {@code out} as given.
     */
    public static List<Path> write(Path out, String folder, List<Artifact> artifacts) throws IOException {
        return write(out, folder, artifacts, AtomicOutput::writeSynced);
    }

    /**
     * The same through {@code sink}. A write the file system refuses part-way (a full disk) leaves the current set as
     * it was and removes the half-built one: an error at {@code out}, never half a set.
     */
    static List<Path> write(Path out, String folder, List<Artifact> artifacts, Sink sink) throws IOException {
        checkWritable(out);
        AtomicOutput set = new AtomicOutput(out, sink);
        try {
            return set.replace(folder, artifacts);
        } catch (FileSystemException e) {
            throw new InputException(Problem.at(DisplayPaths.of(out), 0, 0, "cannot write the outputs here ("
                    + reason(e) + "); choose another folder with --out"));
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, out));
        }
    }

    /**
     * Refuses, before any work, an {@code --out} that names a file or a place this user cannot write: the run would
     * otherwise compute everything and fail at the end.
     */
    public static void checkWritable(Path out) {
        Path abs = location(out);
        String shown = DisplayPaths.of(out);
        if (Files.isSymbolicLink(abs)) {
            checkWritableFolder(shown, abs.getParent());
            return;
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException(Problem.at(shown, 0, 0,
                    "--out names a file, not a folder; give a folder for the briefs (e.g. --out out)"));
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new InputException(Problem.at(shown, 0, 0, DisplayPaths.of(existing)
                    + " is a file, so no folder can be made below it; choose another folder with --out"));
        }
        if (existing.equals(abs)) {
            checkOnlyOutputs(shown, abs, !abs.equals(out.toAbsolutePath().normalize()));
            checkWritableFolder(shown, abs);
        }
        checkWritableFolder(shown, existing.equals(abs) ? abs.getParent() : existing);
    }

    private static void checkWritableFolder(String shown, Path folder) {
        if (folder != null && (!Files.isWritable(folder) || !canCreateIn(folder))) {
            throw new InputException(Problem.at(shown, 0, 0, "this user cannot write in " + DisplayPaths.of(folder)
                    + "; choose another folder with --out"));
        }
    }

    /**
     * Whether a folder can really be made in {@code folder}: the permission bits do not say it for root, nor for a
     * read-only mount or /proc, where the run would otherwise do all its work and fail at the end. The probe is
     * removed at once; one a kill left behind goes with the next run's stale files.
     */
    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempDirectory(folder, PROBE));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * An existing out/ folder becomes the first set, and the folder itself goes: so it may hold only what Mizan
     * writes (briefs, findings.json, manifest.json, scenario folders of those). Anything else (--out ., a documents
     * folder) is refused rather than moved.
     */
    private static void checkOnlyOutputs(String shown, Path dir, boolean throughLink) {
        try (Stream<Path> entries = Files.walk(dir, 2)) {
            for (Path p : entries.filter(e -> !e.equals(dir)).toList()) {
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                boolean ok = folder ? p.getParent().equals(dir)
                        : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && OUTPUT.matcher(p.getFileName().toString()).matches();
                if (!ok) {
                    String folderIs = throughLink ? "this link leads to " + DisplayPaths.of(dir) + ", a folder that"
                            : "this folder";
                    throw new InputException(Problem.at(shown, 0, 0, folderIs + " holds " + DisplayPaths.of(p)
                            + ", which Mizan did not write; give --out a new or empty folder, or one Mizan wrote"));
                }
            }
        } catch (IOException e) {
            throw new InputException(Problem.at(shown, 0, 0, "cannot read this folder (" + e.getMessage()
                    + "); choose another folder with --out"));
        }
    }

    private List<Path> replace(String folder, List<Artifact> artifacts) throws IOException {
        // One run at a time per out/ folder: threads of this JVM by the monitor, other processes by the file lock.
        synchronized (AtomicOutput.class) {
            return replaceLocked(folder, artifacts);
        }
    }

    private List<Path> replaceLocked(String folder, List<Artifact> artifacts) throws IOException {
        Files.createDirectories(sets);
        try (FileChannel lockFile = FileChannel.open(sets.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            Path current = current();
            removeStale(current);
            long number = current == null ? 1 : nextNumber(current);
            Path next = sets.resolve(TMP + number);
            List<Path> written;
            try {
                written = build(current, next, folder, artifacts);
            } catch (IOException e) {
                deleteQuietly(next);
                throw e;
            }
            if (written.isEmpty() && current != null && isSet(current)) {
                deleteTree(next);
                return written;
            }
            syncFolders(next);
            Path done = Files.move(next, sets.resolve(Long.toString(number)), StandardCopyOption.ATOMIC_MOVE);
            sync(sets);
            if (!switchTo(done, current)) {
                return perFile(folder, artifacts, done);
            }
            if (current != null) {
                deleteTree(current.equals(link) ? sets.resolve(LEGACY) : current);
            }
            return written;
        }
    }

    /**
     * The complete set out/ shows: the link's target; out/ itself when it is a folder (written by an older Mizan, or
     * by hand); a folder an interrupted migration had moved aside; or null on the first run.
     */
    private Path current() throws IOException {
        if (Files.isSymbolicLink(link)) {
            Path target = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
            return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : null;
        }
        if (Files.isDirectory(link)) {
            return link;
        }
        Path moved = sets.resolve(LEGACY);
        return Files.isDirectory(moved) ? moved : null;
    }

    private boolean isSet(Path dir) {
        return sets.equals(dir.getParent()) && dir.getFileName().toString().matches("\\d+");
    }

    private long nextNumber(Path current) {
        return isSet(current) ? Long.parseLong(current.getFileName().toString()) + 1 : 1;
    }

    /** What killed runs left: unfinished sets, sets no link points at, half-made links. */
    private void removeStale(Path current) throws IOException {
        try (Stream<Path> entries = Files.list(sets)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals(LOCK) && !p.equals(current)) {
                    deleteTree(p);
                }
            }
        }
        String linkTemp = "." + link.getFileName() + ".link-";
        try (Stream<Path> siblings = Files.list(link.getParent())) {
            for (Path p : siblings.filter(s -> s.getFileName().toString().startsWith(linkTemp)
                    || s.getFileName().toString().startsWith(PROBE)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The current set's files as hard links in the next one: unchanged outputs keep their bytes and time stamp at no
     * cost, and the current set stays as it is. The temporary files of an older Mizan ({@code .NAME.N.tmp}) are left
     * behind. A file system without hard links gets copies.
     */
    private static void carryOver(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !isOldTemporary(p)) {
                    try {
                        Files.createLink(copy, p);
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static boolean isOldTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /**
     * Points out/ at {@code set} with one rename. Moves an out/ folder aside first (into {@code .out.sets/legacy},
     * where the next run finds it if this one dies in between). False when the file system has no symbolic links.
     */
    private boolean switchTo(Path set, Path current) throws IOException {
        Path temp = link.resolveSibling("." + link.getFileName() + ".link-" + set.getFileName());
        try {
            Files.createSymbolicLink(temp, link.getParent().relativize(set));
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
        if (current != null && current.equals(link)) {
            Files.move(link, sets.resolve(LEGACY), StandardCopyOption.ATOMIC_MOVE);
            sync(sets);
        }
        Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE);
        sync(link.getParent());
        return true;
    }

    /** Without symbolic links: the set's files moved into the out/ folder one by one, as Mizan once did. */
    private List<Path> perFile(String folder, List<Artifact> artifacts, Path set) throws IOException {
        Path dir = folder == null ? link : link.resolve(folder);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Artifact a : artifacts) {
            Path target = dir.resolve(a.fileName());
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), a.bytes())) {
                continue;
            }
            Path tmp = Files.createTempFile(dir, "." + a.fileName() + ".", ".tmp");
            try {
                Files.write(tmp, a.bytes());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add((folder == null ? out : out.resolve(folder)).resolve(a.fileName()));
        }
        deleteTree(set);
        return written;
    }

    /** The next set, {@code next}: the current one carried over, the changed artifacts written; the paths written. */
    private List<Path> build(Path current, Path next, String folder, List<Artifact> artifacts) throws IOException {
        if (current != null) {
            carryOver(current, next);
        }
        Path target = folder == null ? next : next.resolve(folder);
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        Path shown = folder == null ? out : out.resolve(folder);
        for (Artifact a : artifacts) {
            Path file = target.resolve(a.fileName());
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(file), a.bytes())) {
                continue;
            }
            Files.deleteIfExists(file);
            sink.write(file, a.bytes());
            written.add(shown.resolve(a.fileName()));
        }
        return written;
    }

    /** Frees what a failed build took (on a full disk, the space); what cannot go now, the next run removes. */
    private static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(dir);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for removeStale at the next run
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static void syncFolders(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                sync(d);
            }
        }
    }

    /** fsync of a folder, so a rename or a new entry in it survives a power cut; skipped where the OS refuses it. */
    private static void sync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not every platform can open a folder for fsync (Windows cannot); its renames are then as durable as
            // the OS makes them.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String reason(FileSystemException e) {
        String why = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        return e.getFile() == null ? why : why + ": " + DisplayPaths.of(Path.of(e.getFile()));
    }
}
