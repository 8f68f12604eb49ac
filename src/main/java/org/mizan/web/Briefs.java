package org.mizan.web;

import java.util.List;

import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.dossier.Language;
import org.mizan.pipeline.Artifact;
import org.mizan.pipeline.Generation;
import org.mizan.pipeline.OutputFormat;

/** The brief of a view, as the page shows it and as the downloads carry it: both from the same pipeline. */
final class Briefs {

    /**
     * Files are rendered one at a time, because both libraries keep per-document settings in JVM-wide state:
     * OpenPDF caches a BaseFont per face name and the renderer seeds that shared font's random (which names the
     * font subsets) per document; POI's Reproducibility is a static flag that the first DOCX to finish clears
     * while another is still writing its zip entries. Rendered at once, files stay valid but their bytes differ
     * from run to run, and the same view must always download as the same file. The page itself is not held up.
     */
    private static final Object RENDER_TURN = new Object();

    private Briefs() {
    }

    static Brief model(Snapshot snapshot, Analysis analysis, Language language) {
        BriefInput input = Generation.briefInput(snapshot.inputs(), subject(analysis));
        return BriefBuilder.build(input, language, snapshot.inputs().templates());
    }

    /** One file in memory, exactly as {@code generate} would write it for these findings. */
    static Artifact file(Snapshot snapshot, Analysis analysis, Language language, OutputFormat format) {
        synchronized (RENDER_TURN) {
            return render(snapshot, analysis, language, format);
        }
    }

    private static Artifact render(Snapshot snapshot, Analysis analysis, Language language, OutputFormat format) {
        List<Artifact> files = Generation.run(snapshot.inputs(), subject(analysis),
                new Generation.Request(List.of(language), List.of(format)));
        return files.get(0);
    }

    private static Generation.Subject subject(Analysis analysis) {
        return new Generation.Subject(analysis.dossier(), analysis.findings(), analysis.scenarioName(),
                analysis.note(), analysis.rulesOff());
    }
}
