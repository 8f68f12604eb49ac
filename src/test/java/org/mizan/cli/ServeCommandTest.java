package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** `serve` binds to loopback unless told otherwise, and refuses to start on inputs it could never show. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void itListensOnLoopbackByDefault() {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs("serve");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals("127.0.0.1", serve.host);
        assertEquals(7070, serve.port);
        ServeCommand other = (ServeCommand) cl.parseArgs("serve", "--port", "0", "--host", "0.0.0.0")
                .subcommand().commandSpec().userObject();
        assertEquals(0, other.port);
        assertEquals("0.0.0.0", other.host);
    }

    @Test
    void brokenInputsAtStartAreReportedWithFileAndLine() throws IOException {
        CliRun.copyInputs(dir);
        Path support = dir.resolve("facts/support.json");
        Files.writeString(support, Files.readString(support).replaceFirst("\\{", "{ oops"));
        CliRun run = CliRun.of(GenerateCommandTest.prepend("serve", CliRun.inputArgs(dir, "--port", "0")));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*support\\.json:\\d+:\\d+: error: .*"), run.err());
    }
}
