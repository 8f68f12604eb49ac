package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * The file system's refusals are the user's errors (exit 1, at the path, saying what to do), never an internal error,
 * a run that never ends, or a file silently left out: a device or a named pipe where a file belongs, a file or folder
 * this user may not read, and a file name holding an invisible character.
 *
 * <p>Root reads a file of mode 000 all the same: the permission cases are skipped when the tests run as root (as
 * they do in some containers), and hold wherever they run as an ordinary user.
 */
class FileRefusalsTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void aFactFileLinkedToDevZeroIsRefusedNotReadForever() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix /dev");
        Path zero = Files.createSymbolicLink(work.resolve("facts/zero.json"), Path.of("/dev/zero"));
        assertFirstLine(validate(), DisplayPaths.of(zero) + ": error: this is a character device (a link to /dev/zero),"
                + " not a file: a fact file must be a plain file; remove it or put a file in its place");
    }

    @Test
    void aRuleFileLinkedToDevUrandomIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/urandom")), "a Unix /dev");
        Path random = Files.createSymbolicLink(work.resolve("rules/random.drl"), Path.of("/dev/urandom"));
        assertFirstLine(validate(), DisplayPaths.of(random) + ": error: this is a character device (a link to"
                + " /dev/urandom), not a file: a rule file must be a plain file; remove it or put a file in its place");
    }

    @Test
    void aNamedPipeAmongTheSourceTextsIsRefused() throws Exception {
        Path pipe = work.resolve("facts/sources/desk-note-2025-11-11.en.txt");
        assumeTrue(mkfifo(pipe), "mkfifo");
        assertFirstLine(validate(), DisplayPaths.of(pipe) + ": error: this is a named pipe (FIFO), not a file: a source"
                + " text must be a plain file; remove it or put a file in its place");
    }

    @Test
    void aFactFileThisUserMayNotReadIsTheUsersError() throws IOException {
        Path bases = work.resolve("facts/bases.json");
        Files.setPosixFilePermissions(bases, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(bases), "running as root, who reads a file of mode 000");
        assertFirstLine(validate(), DisplayPaths.of(bases) + ": error: this user may not read this file (permission"
                + " denied): give read access to it (chmod u+r), or move it out of the folder");
    }

    @Test
    void aRulesFolderThisUserMayNotListIsTheUsersError() throws IOException {
        Path rules = work.resolve("rules");
        Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(rules), "running as root, who lists a folder of mode 000");
            assertFirstLine(validate(), DisplayPaths.of(rules) + ": error: this user may not open this folder"
                    + " (permission denied): give access to it (chmod u+rx), or run Mizan as its owner");
        } finally {
            Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileNameHoldingARightToLeftOverrideIsPrintedWithTheCharacterShown() throws IOException {
        Files.writeString(work.resolve("facts/ev\u202Enosj.json"), "{");
        CliRun run = validate();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertFalse(first.contains("\u202E"), first);
        assertEquals(DisplayPaths.of(work.resolve("facts")) + "/ev<U+202E>nosj.json:1:2", first.substring(0,
                first.indexOf(": error:")), first);
    }

    private static boolean mkfifo(Path at) throws InterruptedException {
        try {
            Files.deleteIfExists(at);
            return new ProcessBuilder("mkfifo", at.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private CliRun validate() {
        return CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
    }

    private static void assertFirstLine(CliRun run, String expected) {
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
