package org.mizan.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.mizan.ach.HypothesesFile;
import org.mizan.ach.Hypothesis;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.Templates;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;
import org.mizan.pipeline.Artifact;
import org.mizan.pipeline.FindingsJson;
import org.mizan.pipeline.Generation;
import org.mizan.pipeline.InputDigests;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.OutputFormat;
import org.mizan.render.BriefRenderer;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;

/**
 * Each stage of one generation, timed alone: first one round in the fresh JVM (what each stage costs cold,
 * class loading included), then {@code warmup} unmeasured rounds and {@code runs} measured ones; median wall time
 * and peak heap per stage. "End to end" is a separate round through the
 * production path (load, compile, infer, {@link Generation#run}), so that anything Generation does in parallel
 * shows there and not in the sum of the stages.
 *
 * <p>Usage: {@code StageBench LABEL FACTS RULES TEMPLATES WARMUP RUNS}; prints Markdown table rows tagged FIRST, TIME
 * and HEAP, and after FIRST and TIME the same stages' CPU time of the whole process (FIRST-CPU, TIME-CPU).
 */
public final class StageBench {

    private static final List<Language> LANGUAGES = List.of(Language.EN, Language.AR);
    private static final Generation.Request ALL = new Generation.Request(LANGUAGES,
            List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.JSON));

    private final Path facts;
    private final Path rules;
    private final Path templates;
    private final Map<String, Samples> times = new LinkedHashMap<>();
    private final Map<String, Samples> cpu = new LinkedHashMap<>();
    private final Map<String, Long> peaks = new LinkedHashMap<>();
    private long pdfBytes;

    private StageBench(Path facts, Path rules, Path templates) {
        this.facts = facts;
        this.rules = rules;
        this.templates = templates;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        StageBench bench = new StageBench(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        int warmup = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        bench.stages(true);
        bench.print("FIRST", args[0]);
        bench.times.clear();
        bench.cpu.clear();
        bench.peaks.clear();
        for (int i = 0; i < warmup + runs; i++) {
            bench.stages(i >= warmup);
            bench.endToEnd(i >= warmup);
        }
        bench.print("TIME", args[0]);
    }

    /** One round, stage by stage. */
    private void stages(boolean measured) throws IOException {
        Dossier dossier = stage("load", measured, () -> DossierLoader.load(facts));
        List<Hypothesis> hypotheses = HypothesesFile.load(facts);
        Templates tpl = stage("templates", measured, () -> Templates.load(templates));
        try (RuleBase rb = stage("rule build", measured, () -> RuleBase.compile(rules))) {
            Findings findings = stage("inference", measured, () -> Inference.run(rb, dossier, Set.of()));
            BriefInput input = stage("hinge + ACH", measured, () -> Generation.briefInput(
                    new LoadedInputs(dossier, rb, tpl, hypotheses), dossier, findings, null));
            List<Brief> briefs = stage("model", measured,
                    () -> LANGUAGES.stream().map(l -> BriefBuilder.build(input, l, tpl)).toList());
            byte[] pdf = stage("PDF", measured, () -> renderAll(new PdfRenderer(), briefs));
            pdfBytes = pdf.length;
            stage("DOCX", measured, () -> renderAll(new DocxRenderer(), briefs));
            stage("JSON", measured, () -> FindingsJson.write(dossier.id(), null, findings,
                    new InputDigests(dossier.digest(), rb.digest(), tpl.digest()), "bench", input.sensitivity(),
                    input.ach()));
        }
    }

    /** Load, compile, infer and Generation.run, as the CLI does them. */
    private void endToEnd(boolean measured) {
        stage("end to end", measured, () -> {
            Dossier dossier = DossierLoader.load(facts);
            Templates tpl = Templates.load(templates);
            try (RuleBase rb = RuleBase.compile(rules)) {
                Findings findings = Inference.run(rb, dossier, Set.of());
                LoadedInputs inputs = new LoadedInputs(dossier, rb, tpl, HypothesesFile.load(facts));
                List<Artifact> out = Generation.run(inputs, dossier, findings, null, null, ALL);
                return out.size();
            }
        });
    }

    private <T> T stage(String name, boolean measured, Supplier<T> work) {
        HeapPeak.reset();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        T result = work.get();
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        if (measured) {
            times.computeIfAbsent(name, k -> new Samples()).add(millis);
            cpu.computeIfAbsent(name, k -> new Samples()).add(cpuMillis);
            peaks.merge(name, HeapPeak.peak(), Math::max);
        }
        return result;
    }

    /**
     * CPU time of the whole process (all threads, the JIT's and the collector's included): on a machine shared with
     * other builds, wall time says more about the neighbours than about the stage.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static byte[] renderAll(BriefRenderer renderer, List<Brief> briefs) {
        List<byte[]> files = new ArrayList<>();
        for (Brief brief : briefs) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                renderer.render(brief, bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.add(bytes.toByteArray());
        }
        return files.get(0);
    }

    /** A Markdown row of median times tagged {@code tag}, then (after the measured rounds) the heap row. */
    private void print(String tag, String label) {
        StringBuilder t = new StringBuilder(tag + " | " + label);
        times.forEach((name, s) -> t.append(String.format(Locale.ROOT, " | %.0f", s.median())));
        System.out.println(t.append(String.format(Locale.ROOT, " | %d KB |", pdfBytes / 1024)));
        StringBuilder c = new StringBuilder(tag + "-CPU | " + label);
        cpu.forEach((name, s) -> c.append(String.format(Locale.ROOT, " | %.0f", s.median())));
        System.out.println(c + " |");
        if (tag.equals("TIME")) {
            StringBuilder h = new StringBuilder("HEAP | " + label);
            peaks.forEach((name, p) -> h.append(String.format(Locale.ROOT, " | %.0f", p / 1048576.0)));
            System.out.println(h + " |");
        }
    }
}
