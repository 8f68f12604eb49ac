package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;

/**
 * A disk that fills up on the second run: the write fails part-way, as write(2) does with ENOSPC. The run ends with
 * the user's error at out/ (not an internal error), the previous set stays whole, and the half-built one is removed
 * so that it does not hold the space. (Checked by hand on a real full disk too: generate into a 1300 KB tmpfs, then
 * again after a change: exit 1 with this line, the first set intact, nothing left behind.)
 */
class FullDiskTest {

    @TempDir
    Path work;

    @Test
    void aFullDiskOnTheSecondRunKeepsThePreviousSetAndSaysWhatToDo() throws IOException {
        Path out = work.resolve("out");
        AtomicOutput.write(out, List.of(artifact("findings.json", "first"), artifact("brief-en.pdf", "first brief")));
        AtomicInteger writes = new AtomicInteger();
        AtomicOutput.Sink fillsUp = (file, bytes) -> {
            if (writes.incrementAndGet() > 1) {
                throw new IOException("No space left on device");
            }
            Files.write(file, bytes);
        };

        InputException e = assertThrows(InputException.class, () -> AtomicOutput.write(out, null,
                List.of(artifact("findings.json", "second"), artifact("brief-en.pdf", "second brief")), fillsUp));

        assertEquals(DisplayPaths.of(out) + ": error: the disk is full (no space left on device): free some space and"
                + " run again; what was there before is kept", e.problems().get(0).format());
        assertEquals("first", Files.readString(out.resolve("findings.json")));
        assertEquals("first brief", Files.readString(out.resolve("brief-en.pdf")));
        try (Stream<Path> sets = Files.list(work.resolve(".out.sets"))) {
            assertEquals(List.of("1", "lock"), sets.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the half-built set is gone");
        }
    }

    private static Artifact artifact(String name, String text) {
        return new Artifact(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
