package org.mizan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.pipeline.Artifact;
import org.mizan.pipeline.AtomicOutput;
import org.mizan.pipeline.Generation;
import org.mizan.pipeline.InputDirs;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.OutputFormat;
import org.mizan.pipeline.Workbench;

/**
 * The watch loop's cost: an edit to a file, then every output regenerated through one long-lived
 * {@link Workbench} and written, as `watch` does. A fact edit must not rebuild the rules; a rule edit does.
 * Then {@code regenerations} edits in a row, every fifth to a rule, with the heap measured after a full collection
 * every tenth of the way: old rule bases must be disposed, so the retained heap stays flat.
 *
 * <p>Usage: {@code WarmBench INPUTS_DIR OUT_DIR WARMUP RUNS REGENERATIONS}, where INPUTS_DIR holds facts/, rules/
 * and templates/ (a scratch copy: the bench appends comments to its files).
 */
public final class WarmBench {

    private static final Generation.Request ALL = new Generation.Request(List.of(Language.EN, Language.AR),
            List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.JSON));

    /** In the leak check, every fifth edit is to a rule: a rule base built and an old one disposed. */
    private static final int RULE_EDIT_EVERY = 5;

    private final Path factFile;
    private final Path ruleFile;
    private final Path out;
    private final Workbench workbench;
    private int edits;

    private WarmBench(Path inputs, Path out) throws IOException {
        InputDirs dirs = new InputDirs(inputs.resolve("facts"), inputs.resolve("rules"), inputs.resolve("templates"));
        this.factFile = dirs.facts().resolve("events.json");
        this.ruleFile = firstDrl(dirs.rules());
        this.out = out;
        this.workbench = new Workbench(dirs);
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        WarmBench bench = new WarmBench(Path.of(args[0]), Path.of(args[1]));
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int regenerations = Integer.parseInt(args[4]);
        bench.regenerate();
        report("after a fact edit", bench.timed(bench.factFile, warmup, runs));
        report("after a rule edit", bench.timed(bench.ruleFile, warmup, runs));
        report("unchanged inputs", bench.timed(null, warmup, runs));
        bench.leakCheck(regenerations);
        bench.workbench.close();
    }

    private Samples timed(Path edited, int warmup, int runs) throws IOException {
        Samples ms = new Samples();
        for (int i = 0; i < warmup + runs; i++) {
            if (edited != null) {
                touch(edited);
            }
            long start = System.nanoTime();
            regenerate();
            if (i >= warmup) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        return ms;
    }

    /** Loads what changed, infers, renders everything and writes out/: one turn of the watch loop. */
    private void regenerate() throws IOException {
        LoadedInputs loaded = workbench.load();
        Findings findings = Inference.run(loaded.rules(), loaded.dossier(), Set.of());
        List<Artifact> artifacts = Generation.run(loaded, loaded.dossier(), findings, null, null, ALL);
        AtomicOutput.write(out, artifacts);
    }

    private void leakCheck(int regenerations) throws IOException {
        int step = Math.max(1, regenerations / 10);
        for (int i = 0; i <= regenerations; i++) {
            if (i % step == 0) {
                System.out.printf(Locale.ROOT, "HEAPAFTER | %d | %.1f |%n", i, HeapPeak.retained() / 1048576.0);
            }
            if (i < regenerations) {
                touch(i % RULE_EDIT_EVERY == 0 ? ruleFile : factFile);
                regenerate();
            }
        }
    }

    /** An edit that changes the file's bytes (so its digest) but not its meaning: a numbered comment. */
    private void touch(Path file) throws IOException {
        Files.writeString(file, "\n// bench edit " + (++edits) + "\n", StandardOpenOption.APPEND);
    }

    private static void report(String what, Samples ms) {
        System.out.printf(Locale.ROOT, "WARM | %s | %.0f | %.0f | %.0f | %d |%n", what, ms.median(),
                ms.quantile(0.9), ms.max(), ms.size());
    }

    private static Path firstDrl(Path rules) throws IOException {
        try (var files = Files.list(rules)) {
            return files.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
    }
}
