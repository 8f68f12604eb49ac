package org.mizan.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes finished outputs so that a reader of out/ never sees a half-written file: each file goes to a
 * temporary file in the same folder and is then moved into place. A file whose bytes are unchanged is left
 * alone, so its time stamp tells the analyst when it last really changed.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes every artifact into {@code dir}; returns the paths actually rewritten. */
    public static List<Path> write(Path dir, List<Artifact> artifacts) throws IOException {
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
                readableByAll(tmp);
                move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }

    /** Temporary files are private by default; a brief is meant to be shared like any other file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
