package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Language;

/**
 * The kill -9 harness: a process replacing out/ with one set of outputs after another (briefs, findings.json,
 * manifest.json: two real sets that differ in every file) is killed with SIGKILL at random moments until 20 kills
 * have landed inside a replacement (the kill left an unfinished set behind), or 200 kills with at least 5 inside. After every kill out/ holds one
 * complete set whose manifest checksums match its files; after the next run, nothing of the killed one is left.
 */
class KillDuringReplaceTest {

    private static final int KILLS_IN_THE_WINDOW = 20;
    private static final int MIN_IN_THE_WINDOW = 5;

    @TempDir
    Path work;

    @Test
    void everyKillLeavesOneCompleteSetAndTheNextRunCleansUp() throws Exception {
        Path a = writeSet(work.resolve("a"), null);
        Path b = writeSet(work.resolve("b"), "coalition-drawdown");
        Path out = work.resolve("out");
        assertTrue(churn(out, a, b, true).waitFor(60, TimeUnit.SECONDS), "the first run");
        Random random = new Random(17);
        int inWindow = 0;
        int kills = 0;
        while (inWindow < KILLS_IN_THE_WINDOW && kills < 200) {
            Process churn = churn(out, a, b, false);
            Thread.sleep(random.nextInt(5, 120));
            churn.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            kills++;
            if (!leftovers(out).isEmpty()) {
                inWindow++;
            }
            assertOneCompleteSet(out, "after kill " + kills);
            Process next = churn(out, a, b, true);
            assertTrue(next.waitFor(60, TimeUnit.SECONDS), "the next run finishes");
            assertEquals(0, next.exitValue());
            assertEquals(List.of(), leftovers(out), "after the run that followed kill " + kills);
            assertOneCompleteSet(out, "after the run that followed kill " + kills);
        }
        // Every kill was checked above; this only says the harness did reach inside a replacement often enough to
        // mean something. Where it lands is timing: on a quiet machine 20 come within 200 kills, under a load of
        // 15-30 about 14 did, so fewer than MIN_IN_THE_WINDOW is a harness that missed, not a slow machine.
        assertTrue(inWindow >= MIN_IN_THE_WINDOW, inWindow + " of " + kills + " kills landed inside a replacement");
    }

    /** One run's outputs (the baseline's or a scenario's), as generate makes them, written into {@code dir}. */
    private static Path writeSet(Path dir, String scenario) throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
        InputDirs dirs = new InputDirs(project.resolve("facts"), project.resolve("rules"), project.resolve("templates"));
        LoadedInputs loaded = LoadedInputs.load(dirs);
        Analysis analysis = Analysis.of(loaded, dirs.facts(), scenario);
        List<Artifact> artifacts = new ArrayList<>(Generation.run(loaded, analysis,
                new Generation.Request(List.of(Language.EN), List.of(OutputFormat.PDF, OutputFormat.JSON))));
        artifacts.add(Manifest.of(dirs, scenario == null ? null : Analysis.scenarioFile(dirs.facts(), scenario),
                MizanVersion.get(), artifacts));
        Files.createDirectories(dir);
        for (Artifact artifact : artifacts) {
            Files.write(dir.resolve(artifact.fileName()), artifact.bytes());
        }
        return dir;
    }

    private static Process churn(Path out, Path a, Path b, boolean once) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                OutputChurn.class.getName(), out.toString(), a.toString(), b.toString()));
        if (once) {
            command.add("once");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertEquals("ready", first, "the churn started");
        return p;
    }

    /** Every output the manifest lists is in out/ with the manifest's checksum; nothing else is. */
    private static void assertOneCompleteSet(Path out, String when) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> output : (Iterable<Map.Entry<String, JsonNode>>) () -> manifest.get("outputs").fields()) {
            listed.add(output.getKey());
            assertEquals(output.getValue().asText(), Manifest.sha256(Files.readAllBytes(out.resolve(output.getKey()))),
                    when + ": " + output.getKey() + " is not the file the manifest lists");
        }
        listed.add("manifest.json");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(listed.stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), when);
        }
    }

    /** What a replacement under way has beside the set out/ points at: an unfinished or unused set, a link made. */
    private static List<String> leftovers(Path out) throws IOException {
        Path sets = out.resolveSibling(".out.sets");
        String current = Files.readSymbolicLink(out).getFileName().toString();
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(sets)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("lock") && !n.equals(current))
                    .forEach(found::add);
        }
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.link-")).forEach(found::add);
        }
        return found;
    }
}
