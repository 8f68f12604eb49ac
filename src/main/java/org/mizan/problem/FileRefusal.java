package org.mizan.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The file system's refusals, as the user's errors: a file or folder this user may not read, a disk that is full, a
 * device or a named pipe where a file belongs. Each is a problem at the path, saying what to do; none is a bug of
 * Mizan (exit 3), and none may hang a run (reading /dev/zero never ends).
 */
public final class FileRefusal {

    private static final String NO_SPACE = "No space left on device";

    private FileRefusal() {
    }

    /**
     * A problem for a file the loaders would read ({@code what}: "a fact file", "a template", ...) that is not a plain
     * file: a device, a named pipe or a socket, or a link to one; empty for a plain file, a folder or nothing.
     */
    public static Optional<Problem> special(Path file, String what) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isOther()) {
            return Optional.empty();
        }
        String link = linkTarget(file);
        return Optional.of(Problem.at(DisplayPaths.of(file), 0, 0, "this is " + kind(file)
                + (link.isEmpty() ? "" : " (a link to " + link + ")") + ", not a file: " + what
                + " must be a plain file; remove it or put a file in its place"));
    }

    /** Whether {@code file} is a device, a named pipe or a socket (through links): never to be read. */
    public static boolean isSpecial(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).isOther();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The refusal {@code e} stands for when it is an IOException or one wrapped unchecked: a problem at the path of the
     * innermost IOException of its causes.
     */
    public static Optional<Problem> of(Throwable e) {
        if (!(e instanceof IOException || e instanceof UncheckedIOException)) {
            return Optional.empty();
        }
        IOException innermost = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                innermost = io;
            }
        }
        return Optional.ofNullable(innermost).map(io -> problem(io, null));
    }

    /** {@code e} as a problem at its path, or at {@code fallback} (a folder being written, say) when it names none. */
    public static Problem problem(IOException e, Path fallback) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? DisplayPaths.of(Path.of(f.getFile()))
                : fallback != null ? DisplayPaths.of(fallback) : "mizan";
        return Problem.at(file, 0, 0, wording(e));
    }

    /** What the refusal {@code e} means and what to do, for a problem at its path. */
    public static String wording(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() != null && Files.isDirectory(Path.of(denied.getFile()))
                    ? "this user may not open this folder (permission denied): give access to it (chmod u+rx), or"
                    + " run Mizan as its owner"
                    : "this user may not read this file (permission denied): give read access to it (chmod u+r), or"
                    + " move it out of the folder";
        }
        if (e instanceof NoSuchFileException) {
            return "it went away while Mizan was reading or writing (deleted, renamed or a link to nothing): restore"
                    + " it, or run again";
        }
        if (e instanceof NotDirectoryException) {
            return "this is a file where a folder belongs: rename it or make the folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "the folder's links lead in a circle: remove the link that points back up";
        }
        if (reason != null && reason.contains(NO_SPACE)) {
            return "the disk is full (no space left on device): free some space and run again; what was there before"
                    + " is kept";
        }
        return "the file system refused (" + (reason == null ? e.getClass().getSimpleName() : reason)
                + "): check the path and its permissions";
    }

    private static String kind(Path file) {
        try {
            int mode = ((Number) Files.getAttribute(file, "unix:mode")).intValue() & 0xF000;
            return switch (mode) {
                case 0x1000 -> "a named pipe (FIFO)";
                case 0x2000 -> "a character device";
                case 0x6000 -> "a block device";
                case 0xC000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    private static String linkTarget(Path file) {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath().toString() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
