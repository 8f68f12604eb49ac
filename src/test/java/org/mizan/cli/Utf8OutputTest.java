package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Standard output and error are UTF-8 whatever the locale says: a cron job, a CI runner or a minimal container has no
 * LANG, and Java would then write every Arabic excerpt and arrow as a question mark. Runs the real entry point in a JVM
 * of its own.
 */
class Utf8OutputTest {

    @Test
    void explainPrintsArabicWithNoLocaleAtAll() throws Exception {
        Result r = run(Map.of(), List.of(), "explain", "support-funding");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("«تمويل سنوي بمئات الملايين من الدولارات"), r.out());
        assertFalse(r.out().contains("?"), "no question marks: " + r.out());
    }

    /** The JVM's own idea of the streams' encoding (file.encoding, sun.stderr.encoding) does not win either. */
    @Test
    void errorsPrintArabicWhenTheJvmIsToldAscii() throws Exception {
        Result r = run(Map.of("LC_ALL", "C.UTF-8"), List.of("-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII",
                "-Dsun.stderr.encoding=US-ASCII"), "explain", "تمويل");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("no finding or fact \"تمويل\""), r.err());
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path project = CliRun.projectDir();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile());
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
