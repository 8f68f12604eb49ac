package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest serve polls every second: a file is read again only when it may have changed. */
class TreeDigestTest {

    @TempDir
    Path dir;

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @Test
    void aSettledFileWhoseSizeTimeAndIdentityAreUnchangedIsNotReadAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "aaaa");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        String first = TreeDigest.of(dir);
        // The same size, time and inode: only reading the bytes could tell, and the digest does not read them.
        Files.writeString(file, "bbbb");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals(first, TreeDigest.of(dir));
    }

    @Test
    void aChangedSizeTimeOrNameIsSeen() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "aaaa");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        String first = TreeDigest.of(dir);
        Files.writeString(file, "aaaaa");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        String longer = TreeDigest.of(dir);
        assertNotEquals(first, longer);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Files.writeString(file, "bbbbb");
        assertNotEquals(longer, TreeDigest.of(dir), "a new time");
        Files.move(file, dir.resolve("b.txt"));
        assertNotEquals(longer, TreeDigest.of(dir), "a new name");
    }

    /** Two saves of the same size inside one tick of the file system's clock carry the same time. */
    @Test
    void aFileJustWrittenIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        Path file = Files.writeString(dir.resolve("rule.drl"), "LIKELY");
        FileTime now = Files.getLastModifiedTime(file);
        String first = TreeDigest.of(dir);
        Files.writeString(file, "SEVERE");
        Files.setLastModifiedTime(file, now);
        assertNotEquals(first, TreeDigest.of(dir));
    }
}
