package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Language;

/** The watch loop's step: a save regenerates what changed; a broken save leaves the last good output. */
class RegeneratorTest {

    @TempDir
    Path work;

    @Test
    void aRuleEditChangesTheFindingsAndABrokenSaveKeepsTheLastGoodOutput() throws IOException {
        copy("facts");
        copy("rules");
        copy("templates");
        Path out = work.resolve("out");
        InputDirs dirs = new InputDirs(work.resolve("facts"), work.resolve("rules"), work.resolve("templates"));
        try (Workbench workbench = new Workbench(dirs)) {
            Regenerator regenerator = new Regenerator(workbench, out, null,
                    new Generation.Request(List.of(Language.EN), List.of(OutputFormat.JSON)));
            assertFalse(regenerator.regenerate().failed());

            Regenerator.Outcome unchanged = regenerator.regenerate();
            assertTrue(unchanged.diff().isEmpty(), "nothing edited, nothing changed");
            assertTrue(unchanged.written().stream().noneMatch(p -> p.endsWith("findings.json")),
                    "an unchanged output is not rewritten");

            Files.delete(work.resolve("rules/risks-credibility.drl"));
            Regenerator.Outcome edited = regenerator.regenerate();
            assertFalse(edited.failed());
            assertTrue(edited.diff().summary().contains("disappeared"), edited.diff().summary());
            assertFalse(edited.diff().summary().startsWith("0 appeared, 0 disappeared"), edited.diff().summary());

            byte[] lastGood = Files.readAllBytes(out.resolve("findings.json"));
            Files.writeString(work.resolve("rules/broken.drl"), "package x;\nrule \"half\" when then");
            Regenerator.Outcome broken = regenerator.regenerate();
            assertTrue(broken.failed());
            assertTrue(broken.problems().getMessage().contains("broken.drl"), broken.problems().getMessage());
            assertArrayEquals(lastGood, Files.readAllBytes(out.resolve("findings.json")));
        }
    }

    private void copy(String name) throws IOException {
        Path from = Path.of(System.getProperty("mizan.project.dir", ".")).resolve(name);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path to = work.resolve(name).resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
