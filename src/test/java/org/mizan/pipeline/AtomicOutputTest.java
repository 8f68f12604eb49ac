package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** out/ as a link to one complete set: what a run keeps, replaces and cleans up. */
class AtomicOutputTest {

    @TempDir
    Path work;

    @Test
    void anOlderOutFolderBecomesTheFirstSetWithoutItsTemporaries() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        Files.writeString(out.resolve("brief-en.pdf"), "old brief");
        Files.writeString(out.resolve(".findings.json.123.tmp"), "left by a killed run");
        Files.createDirectories(out.resolve("coalition-drawdown"));
        Files.writeString(out.resolve("coalition-drawdown/findings.json"), "scenario");

        List<Path> written = AtomicOutput.write(out, List.of(artifact("findings.json", "new findings")));

        assertEquals(List.of(out.resolve("findings.json")), written);
        assertTrue(Files.isSymbolicLink(out));
        assertEquals("old brief", Files.readString(out.resolve("brief-en.pdf")), "carried over");
        assertEquals("scenario", Files.readString(out.resolve("coalition-drawdown/findings.json")));
        assertFalse(Files.exists(out.resolve(".findings.json.123.tmp")));
        assertEquals(List.of(".out.sets/1", "lock"), setsAndLink(out));
    }

    @Test
    void anUnchangedFileKeepsItsTimeStampAndNoNewSetIsMadeWhenNothingChanged() throws IOException {
        Path out = work.resolve("out");
        AtomicOutput.write(out, List.of(artifact("findings.json", "a"), artifact("manifest.json", "m1")));
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("findings.json"), before);

        List<Path> written = AtomicOutput.write(out, List.of(artifact("findings.json", "a"),
                artifact("manifest.json", "m2")));
        assertEquals(List.of(out.resolve("manifest.json")), written);
        assertEquals(before, Files.getLastModifiedTime(out.resolve("findings.json")));
        assertEquals(List.of(".out.sets/2", "lock"), setsAndLink(out), "the first set is gone");

        assertEquals(List.of(), AtomicOutput.write(out, List.of(artifact("findings.json", "a"),
                artifact("manifest.json", "m2"))));
        assertEquals(List.of(".out.sets/2", "lock"), setsAndLink(out), "nothing changed, no new set");
    }

    @Test
    void aScenarioRunReplacesOnlyItsFolder() throws IOException {
        Path out = work.resolve("out");
        AtomicOutput.write(out, List.of(artifact("findings.json", "baseline")));
        AtomicOutput.write(out, "drawdown", List.of(artifact("findings.json", "scenario")));
        assertEquals("baseline", Files.readString(out.resolve("findings.json")));
        assertEquals("scenario", Files.readString(out.resolve("drawdown/findings.json")));
    }

    private static Artifact artifact(String name, String text) {
        return new Artifact(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The link's target and what else .out.sets/ holds. */
    private static List<String> setsAndLink(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out.resolveSibling(".out.sets"))) {
            String target = Files.readSymbolicLink(out).toString();
            return Stream.concat(Stream.of(target), entries.map(p -> p.getFileName().toString())
                    .filter(n -> !target.endsWith("/" + n))).sorted().toList();
        }
    }
}
