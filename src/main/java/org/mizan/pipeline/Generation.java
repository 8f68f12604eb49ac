package org.mizan.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.mizan.ach.AchAnalysis;
import org.mizan.ach.AchResult;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.ScenarioNote;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Language;
import org.mizan.hinge.Sensitivity;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.inference.Findings;
import org.mizan.render.BriefRenderer;
import org.mizan.render.docx.DocxRenderer;
import org.mizan.render.pdf.PdfRenderer;

/**
 * One run from checked inputs to finished outputs, all in memory: nothing is written until every output is
 * ready, so a failure half-way leaves out/ as it was.
 */
public final class Generation {

    private Generation() {
    }

    /** What to produce: languages and formats, in the order they are listed. */
    public record Request(List<Language> languages, List<OutputFormat> formats) {
    }

    /** The briefs and findings of an analysis (baseline or scenario). */
    public static List<Artifact> run(LoadedInputs inputs, Analysis analysis, Request request) {
        return run(inputs, analysis.dossier(), analysis.findings(), analysis.name(), analysis.note(), request);
    }

    public static List<Artifact> run(LoadedInputs inputs, Dossier dossier, Findings findings, String scenario,
                                     ScenarioNote note, Request request) {
        List<Artifact> out = new ArrayList<>();
        String version = MizanVersion.get();
        InputDigests digests = new InputDigests(dossier.digest(), inputs.rules().digest(),
                inputs.templates().digest());
        Sensitivity sensitivity = SensitivityAnalysis.run(inputs.rules(), dossier);
        AchResult ach = AchAnalysis.run(inputs.rules(), dossier, inputs.hypotheses());
        BriefInput briefInput = new BriefInput(dossier, findings, digests.facts(), digests.rules(),
                digests.templates(), version, note, sensitivity, ach);
        for (Language language : request.languages()) {
            if (!request.formats().contains(OutputFormat.PDF) && !request.formats().contains(OutputFormat.DOCX)) {
                break;
            }
            Brief brief = BriefBuilder.build(briefInput, language, inputs.templates());
            for (OutputFormat format : request.formats()) {
                BriefRenderer renderer = renderer(format);
                if (renderer != null) {
                    out.add(new Artifact("brief-" + language.code() + "." + renderer.extension(),
                            render(renderer, brief)));
                }
            }
        }
        if (request.formats().contains(OutputFormat.JSON)) {
            out.add(new Artifact("findings.json",
                    FindingsJson.write(dossier.id(), scenario, findings, digests, version, sensitivity, ach)));
        }
        return out;
    }

    private static BriefRenderer renderer(OutputFormat format) {
        return switch (format) {
            case PDF -> new PdfRenderer();
            case DOCX -> new DocxRenderer();
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
