package org.mizan.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.mizan.ach.AchAnalysis;
import org.mizan.ach.AchResult;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.Numbering;
import org.mizan.brief.Since;
import org.mizan.compare.SinceDiff;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mizan.brief.ScenarioNote;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Language;
import org.mizan.hinge.Sensitivity;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.inference.Findings;
import org.mizan.render.BriefRenderer;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;
import org.mizan.render.xlsx.XlsxRenderer;

/**
 * One run from checked inputs to finished outputs, all in memory: nothing is written until every output is
 * ready, so a failure half-way leaves out/ as it was.
 */
public final class Generation {

    private Generation() {
    }

    /**
     * What to produce: languages and formats, in the order they are listed; {@code since} the earlier brief of the
     * dossier this one says what moved since and keeps the labels of (null: none).
     */
    public record Request(List<Language> languages, List<OutputFormat> formats, EarlierBrief since) {

        public Request(List<Language> languages, List<OutputFormat> formats) {
            this(languages, formats, null);
        }
    }

    /**
     * What a brief is about: the dossier as analysed, its findings, the scenario's name and note (null for the
     * baseline) and the rules switched off to get them, which the analyses of what the judgments hinge on keep off.
     */
    public record Subject(Dossier dossier, Findings findings, String scenario, ScenarioNote note,
                          Set<String> rulesOff) {

        public Subject {
            rulesOff = Set.copyOf(rulesOff);
        }
    }

    /** The briefs and findings of an analysis (baseline or scenario). */
    public static List<Artifact> run(LoadedInputs inputs, Analysis analysis, Request request) {
        return run(inputs, analysis, request, Ahead.NONE);
    }

    /** The same, taking what {@code ahead} started if it was started for this analysis. */
    public static List<Artifact> run(LoadedInputs inputs, Analysis analysis, Request request, Ahead ahead) {
        return run(inputs, new Subject(analysis.dossier(), analysis.findings(), analysis.name(), analysis.note(),
                analysis.rulesOff()), request, ahead);
    }

    /**
     * The analysis of the competing hypotheses of the baseline, started before its findings are in: it needs none,
     * so at 1000x it runs on the other core while the rules infer (seconds) instead of after. Taken by the run
     * whose subject is that baseline; for any other subject it is not used.
     */
    public static final class Ahead {

        /** Nothing started: the run does all its analyses itself. */
        public static final Ahead NONE = new Ahead(null, null);

        private final LoadedInputs inputs;
        private final FutureTask<AchResult> ach;

        private Ahead(LoadedInputs inputs, FutureTask<AchResult> ach) {
            this.inputs = inputs;
            this.ach = ach;
        }

        /** Starts the baseline's analysis of competing hypotheses on a thread of its own. */
        public static Ahead baseline(LoadedInputs inputs) {
            return new Ahead(inputs, started(() -> AchAnalysis.run(inputs.rules(), inputs.dossier(),
                    inputs.hypotheses(), Set.of())));
        }

        /** The started run if it analyses exactly {@code subject}'s dossier with every rule on. */
        private Optional<FutureTask<AchResult>> achOf(LoadedInputs in, Subject subject) {
            return ach != null && in == inputs && subject.dossier() == inputs.dossier()
                    && subject.rulesOff().isEmpty() ? Optional.of(ach) : Optional.empty();
        }
    }

    /** Findings of the dossier with every rule on. */
    public static List<Artifact> run(LoadedInputs inputs, Dossier dossier, Findings findings, String scenario,
                                     ScenarioNote note, Request request) {
        return run(inputs, new Subject(dossier, findings, scenario, note, Set.of()), request);
    }

    public static List<Artifact> run(LoadedInputs inputs, Subject subject, Request request) {
        return run(inputs, subject, request, Ahead.NONE);
    }

    private static List<Artifact> run(LoadedInputs inputs, Subject subject, Request request, Ahead ahead) {
        Dossier dossier = subject.dossier();
        Findings findings = subject.findings();
        String scenario = subject.scenario();
        BriefInput alone = briefInput(inputs, subject, ahead);
        InputDigests digests = new InputDigests(alone.factsDigest(), alone.rulesDigest(), alone.templatesDigest());
        BriefInput since = request.since() == null ? alone
                : alone.since(since(request.since().of(dossier.id()), subject, digests), null);
        BriefInput briefInput = since.since(since.since(), Numbering.of(since));
        List<Brief> briefs = new ArrayList<>();
        if (request.formats().stream().anyMatch(OutputFormat::fromBrief)) {
            request.languages().forEach(l -> briefs.add(BriefBuilder.build(briefInput, l, inputs.templates())));
        }
        // findings.json is written on this thread while the renderers draw on theirs (at 1000x, seconds each).
        Rendering rendering = Rendering.start(briefs, request.formats());
        Artifact json = null;
        RuntimeException jsonFailure = null;
        try {
            if (request.formats().contains(OutputFormat.JSON)) {
                json = new Artifact("findings.json", FindingsJson.write(dossier.id(), scenario, findings, digests,
                        briefInput.mizanVersion(), briefInput.sensitivity(), briefInput.ach(),
                        briefInput.numbering()));
            }
        } catch (RuntimeException e) {
            jsonFailure = e;
        }
        // The renderers' outcome first, as when they ran before findings.json.
        List<Artifact> out = new ArrayList<>(rendering.artifacts());
        if (jsonFailure != null) {
            throw jsonFailure;
        }
        if (json != null) {
            out.add(json);
        }
        return out;
    }

    /** What moved since the earlier brief, judged from its findings.json and this run's, and its labels' numbers. */
    private static Since since(EarlierBrief earlier, Subject subject, InputDigests digests) {
        byte[] now = FindingsJson.write(subject.dossier().id(), subject.scenario(), subject.findings(), digests, "");
        try {
            SinceDiff diff = SinceDiff.between(earlier.findings(), new ObjectMapper().readTree(now),
                    subject.dossier());
            return new Since(diff, Numbering.fromJson(earlier.findings().path("labels")));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // our own bytes: not the user's mistake
        }
    }

    /**
     * What a brief of these findings is built from, with the analyses of what its judgments hinge on. Every view of
     * a brief (files, the workbench's page) starts here, so none can leave a section out.
     */
    public static BriefInput briefInput(LoadedInputs inputs, Subject subject) {
        return briefInput(inputs, subject, Ahead.NONE);
    }

    private static BriefInput briefInput(LoadedInputs inputs, Subject subject, Ahead ahead) {
        Dossier dossier = subject.dossier();
        // The two analyses share only the compiled rules (each opens its own sessions), so the competing
        // hypotheses, a whole run of the rules, go on another thread while the sensitivity analysis runs here.
        FutureTask<AchResult> ach = ahead.achOf(inputs, subject).orElseGet(() -> started(() -> AchAnalysis.run(
                inputs.rules(), dossier, inputs.hypotheses(), subject.rulesOff())));
        Sensitivity sensitivity;
        try {
            sensitivity = SensitivityAnalysis.run(inputs.rules(), dossier, subject.rulesOff(), subject.findings());
        } catch (RuntimeException | Error e) {
            // Reported as before, when the sensitivity analysis ran first; the other run is not left behind: it is
            // awaited, or cancelled with this one when this thread was interrupted (a workbench view given up on).
            if (Thread.currentThread().isInterrupted()) {
                ach.cancel(true);
            }
            awaitQuietly(ach);
            throw e;
        }
        return new BriefInput(dossier, subject.findings(), dossier.digest(), inputs.rules().digest(),
                inputs.templates().digest(), MizanVersion.get(), subject.note(), sensitivity, analysis(ach));
    }

    private static <T> FutureTask<T> started(java.util.concurrent.Callable<T> analysis) {
        FutureTask<T> task = new FutureTask<>(analysis);
        Thread thread = new Thread(task, "mizan-ach");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What the other thread's analysis returned, or its failure, rethrown as if it had run on this thread. */
    private static <T> T analysis(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);   // interrupts its thread, whose run of the rules then stops (BoundedFiring)
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the caller's failure is the one reported
        }
    }

    /** The same for findings of the dossier with every rule on. */
    public static BriefInput briefInput(LoadedInputs inputs, Dossier dossier, Findings findings, ScenarioNote note) {
        return briefInput(inputs, new Subject(dossier, findings, null, note, Set.of()));
    }

    /**
     * Every brief in every format, in the request's order (language, then format). Each format renders on its own
     * thread, its briefs one after another: the two renderers share nothing, but within the PDF renderer OpenPDF
     * caches embedded fonts across documents, and their seeded subset prefixes must be drawn in the same order on
     * every run for the same bytes.
     */
    private static final class Rendering {

        private final List<Brief> briefs;
        private final List<BriefRenderer> renderers;
        private final List<Future<List<byte[]>>> byFormat;
        private final ExecutorService pool;

        private Rendering(List<Brief> briefs, List<BriefRenderer> renderers, List<Future<List<byte[]>>> byFormat,
                          ExecutorService pool) {
            this.briefs = briefs;
            this.renderers = renderers;
            this.byFormat = byFormat;
            this.pool = pool;
        }

        /** Starts rendering, on threads of its own; nothing to render when there are no briefs or renderers. */
        static Rendering start(List<Brief> briefs, List<OutputFormat> formats) {
            List<BriefRenderer> renderers = formats.stream().map(Generation::renderer).filter(r -> r != null)
                    .toList();
            if (briefs.isEmpty() || renderers.isEmpty()) {
                return new Rendering(List.of(), List.of(), List.of(), null);
            }
            RendererWarmup.awaitDone();
            ExecutorService pool = Executors.newFixedThreadPool(renderers.size(), Generation::daemon);
            try {
                List<Future<List<byte[]>>> byFormat = renderers.stream()
                        .map(r -> pool.submit(() -> briefs.stream().map(b -> render(r, b)).toList())).toList();
                return new Rendering(briefs, renderers, byFormat, pool);
            } finally {
                // Takes no new work; what was submitted runs to its end.
                pool.shutdown();
            }
        }

        /** The files, once every renderer is done; a renderer's failure is rethrown here. */
        List<Artifact> artifacts() {
            List<Artifact> out = new ArrayList<>();
            for (int i = 0; i < briefs.size(); i++) {
                for (int f = 0; f < renderers.size(); f++) {
                    BriefRenderer r = renderers.get(f);
                    out.add(new Artifact(r.baseName() + "-" + briefs.get(i).metadata().language().code() + "."
                            + r.extension(), join(byFormat.get(f)).get(i)));
                }
            }
            return out;
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "mizan-render");
        t.setDaemon(true);
        return t;
    }

    private static BriefRenderer renderer(OutputFormat format) {
        return switch (format) {
            case PDF -> new PdfRenderer();
            case DOCX -> new DocxRenderer();
            case XLSX -> new XlsxRenderer();
            case JSON -> null;
        };
    }

    private static byte[] render(BriefRenderer renderer, Brief brief) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.render(brief, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
