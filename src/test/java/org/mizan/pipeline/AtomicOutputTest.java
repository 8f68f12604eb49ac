package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;

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

    @Test
    void aLinkToAFolderOfTheUsersFilesIsRefusedAndTheFolderKept() throws IOException {
        Path briefs = usersFolder("shared-briefs");
        Path out = Files.createSymbolicLink(work.resolve("out"), briefs);
        assertRefusedAndKept(out, briefs);
    }

    @Test
    void aLinkToALinkToTheUsersFolderIsRefusedAndTheFolderKept() throws IOException {
        Path briefs = usersFolder("shared-briefs");
        Path middle = Files.createSymbolicLink(work.resolve("latest"), briefs);
        Path out = Files.createSymbolicLink(work.resolve("out"), middle);
        assertRefusedAndKept(out, briefs);
        assertEquals(briefs, Files.readSymbolicLink(middle), "the middle link is left as it was");
    }

    @Test
    void aRelativeLinkToTheUsersFolderIsRefusedAndTheFolderKept() throws IOException {
        Path briefs = usersFolder("team/shared-briefs");
        Path out = Files.createSymbolicLink(Files.createDirectories(work.resolve("project")).resolve("out"),
                Path.of("../team/shared-briefs"));
        assertRefusedAndKept(out, briefs);
    }

    @Test
    void aLinkToAnEmptyFolderWritesThereAndStaysTheUsersLink() throws IOException {
        Path briefs = Files.createDirectories(work.resolve("shared-briefs"));
        Path out = Files.createSymbolicLink(work.resolve("out"), briefs);
        AtomicOutput.write(out, List.of(artifact("findings.json", "first")));
        AtomicOutput.write(out, List.of(artifact("findings.json", "second")));

        assertEquals(briefs, Files.readSymbolicLink(out), "the user's link is not replaced");
        assertEquals("second", Files.readString(out.resolve("findings.json")));
        assertEquals(List.of(".shared-briefs.sets/2", "lock"), setsAndLink(briefs), "the sets sit beside the folder");
        assertFalse(Files.exists(work.resolve(".out.sets")));
    }

    /** A folder of the user's own, holding a note and a sub-folder. */
    private Path usersFolder(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Files.writeString(folder.resolve("notes.txt"), "the user's notes\n");
        Files.createDirectories(folder.resolve("drafts"));
        Files.write(folder.resolve("drafts/brief-en.pdf"), new byte[] {0, 1, 2, (byte) 0xff});
        return folder;
    }

    private static void assertRefusedAndKept(Path out, Path folder) throws IOException {
        Path target = Files.readSymbolicLink(out);
        InputException e = assertThrows(InputException.class,
                () -> AtomicOutput.write(out, List.of(artifact("findings.json", "new findings"))));
        assertEquals(DisplayPaths.of(out) + ": error: this link leads to " + DisplayPaths.of(folder.toRealPath())
                + ", a folder that holds " + DisplayPaths.of(folder.toRealPath().resolve("notes.txt"))
                + ", which Mizan did not write; give --out a new or empty folder, or one Mizan wrote",
                e.problems().get(0).format());
        assertEquals(target, Files.readSymbolicLink(out), "the link is left as it was");
        assertEquals("the user's notes\n", Files.readString(folder.resolve("notes.txt")));
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff}, Files.readAllBytes(folder.resolve("drafts/brief-en.pdf")));
        try (Stream<Path> all = Files.walk(folder)) {
            assertEquals(4, all.count(), "the folder, its note, its sub-folder and the file in it; nothing added");
        }
        assertFalse(Files.exists(out.resolveSibling(".out.sets")));
        assertFalse(Files.exists(folder.resolveSibling("." + folder.getFileName() + ".sets")));
    }

    private static Artifact artifact(String name, String text) {
        return new Artifact(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The link's target and what else .out.sets/ holds. */
    private static List<String> setsAndLink(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out.resolveSibling("." + out.getFileName() + ".sets"))) {
            String target = Files.readSymbolicLink(out).toString();
            return Stream.concat(Stream.of(target), entries.map(p -> p.getFileName().toString())
                    .filter(n -> !target.endsWith("/" + n))).sorted().toList();
        }
    }
}
