package org.mizan.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.mizan.brief.Brief;
import org.mizan.brief.Cell;
import org.mizan.brief.DependencyGraph;
import org.mizan.brief.Figure;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.RiskMatrix;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;
import org.mizan.render.BriefRenderer;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;

/**
 * Renders a tiny Arabic brief (text, table, both figures) to nowhere, once per process, on a thread of its own. A
 * cold run spends most of its first render loading and linking OpenPDF, POI, XMLBeans and Java2D classes; done
 * while the rule base compiles (which takes longer), that cost leaves the critical path. Real rendering waits for
 * it to end ({@link #awaitDone}), so it cannot touch their bytes: OpenPDF's cached fonts and POI's
 * reproducibility flag are shared by the whole process.
 */
public final class RendererWarmup {

    private static final AtomicReference<Thread> STARTED = new AtomicReference<>();

    private RendererWarmup() {
    }

    /** Starts the warm-up, the first time only. For commands that will render: others would pay for nothing. */
    public static void start() {
        Thread t = new Thread(RendererWarmup::run, "mizan-renderer-warmup");
        t.setDaemon(true);
        if (STARTED.compareAndSet(null, t)) {
            t.start();
        }
    }

    /** Returns when the warm-up (if one was started) has ended. */
    static void awaitDone() {
        Thread t = STARTED.get();
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        Brief brief = tinyBrief();
        for (BriefRenderer renderer : List.<BriefRenderer>of(new PdfRenderer(), new DocxRenderer())) {
            try {
                renderer.render(brief, OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                // Only a head start: the real render meets any such problem and reports it properly.
            }
        }
    }

    private static Brief tinyBrief() {
        Metadata meta = new Metadata(Language.AR, "ميزان", "Mizan", "—", "Mizan", "ميزان", List.of(),
                Instant.EPOCH, "warmup");
        DependencyGraph graph = new DependencyGraph(
                List.of(new DependencyGraph.Node("a", "قسد SDF", 0), new DependencyGraph.Node("b", "التحالف", 1)),
                List.of(new DependencyGraph.Edge("a", "b", "مالي", Tone.HIGH)));
        RiskMatrix matrix = new RiskMatrix("الاحتمال", "الأثر", List.of("مرجّح", "مستبعد"), List.of("طفيف", "جسيم"),
                List.of(List.of(Tone.MEDIUM, Tone.HIGH), List.of(Tone.LOW, Tone.MEDIUM)),
                List.of(new RiskMatrix.Entry("خ١", 0, 1, "s")));
        Table table = new Table("t", "جدول", List.of(1.0, 1.0), List.of(Cell.text("أ"), Cell.text("B")),
                List.of(List.of(Cell.text("تمويل سنوي → funding"), Cell.text("A2"))));
        Section section = new Section("s", "الخلاصة", 1, List.of(Paragraph.body("تعتمد قسد على التحالف (SDF)."),
                new Figure("g", "الشكل ١", "الشكل ١", graph), new Figure("m", "الشكل ٢", "الشكل ٢", matrix), table),
                List.of());
        return new Brief(meta, List.of(section));
    }
}
