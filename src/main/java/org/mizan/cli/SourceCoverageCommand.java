package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.ParagraphCoverage;
import org.mizan.dossier.Source;
import org.mizan.dossier.SourceTexts;
import org.mizan.inference.Findings;
import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Per source, the paragraphs of its text that no fact cites, so none is passed over unread. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "List, per source (or for source ID), the paragraphs of its text in facts/sources/ that no fact"
                + " cites, each with its opening words; and how many paragraphs the facts cite.")
final class SourceCoverageCommand implements Callable<Integer> {

    /** How much of an uncited paragraph to print: enough to recognise it. */
    private static final int OPENING = 90;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "One source id (default: every source).")
    String id;

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path facts = inputs.facts;
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        Dossier dossier = loaded.dossier();
        // What the judgments rest on, directly: a paragraph whose facts none of them cites reaches no judgment.
        Findings findings = Analysis.of(loaded, facts, Analysis.BASELINE).findings();
        Set<String> used = new HashSet<>();
        findings.dependencies().forEach(d -> used.addAll(d.because()));
        findings.risks().forEach(r -> used.addAll(r.because()));
        // The competing hypotheses weigh facts too: a fact the ACH matrix rates reaches that judgment.
        org.mizan.ach.AchAnalysis.run(loaded.rules(), dossier, loaded.hypotheses()).items()
                .forEach(i -> used.add(i.fact()));
        if (id != null && dossier.source(id).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no source \"" + id + "\" in " + DisplayPaths.of(facts)
                    + " (declared sources: " + dossier.sources().stream().map(Source::id)
                    .collect(Collectors.joining(", ")) + ")");
        }
        SourceTexts texts = SourceTexts.read(facts);
        PrintWriter out = spec.commandLine().getOut();
        List<Source> sources = dossier.sources().stream().filter(s -> id == null || s.id().equals(id)).toList();
        for (Source source : sources) {
            texts.of(source.id()).ifPresentOrElse(text -> print(out, ParagraphCoverage.of(dossier, text), text, used),
                    () -> out.printf(Locale.ROOT, "%s: no text in %s, so its coverage cannot be told%n",
                            source.id(), DisplayPaths.of(facts.resolve(SourceTexts.FOLDER))));
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, ParagraphCoverage coverage, SourceTexts.SourceText text,
                              Set<String> used) {
        List<Integer> unused = coverage.citedBy().entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(used::contains)).map(Map.Entry::getKey).toList();
        out.printf(Locale.ROOT, "%s (%s): %d paragraphs, %d cited by facts, %d cited by none%n", coverage.sourceId(),
                coverage.file(), coverage.paragraphs(), coverage.citedBy().size(), coverage.uncited().size());
        coverage.uncited().forEach(n -> line(out, text, n, ""));
        if (!unused.isEmpty()) {
            out.printf(Locale.ROOT, "  cited only by facts no finding or competing-hypothesis rating rests on: %d%n", unused.size());
            unused.forEach(n -> line(out, text, n, "  (" + String.join(", ", coverage.citedBy().get(n)) + ")"));
        }
    }

    private static void line(PrintWriter out, SourceTexts.SourceText text, int n, String after) {
        String paragraph = text.paragraph(n).orElse("").strip();
        out.printf(Locale.ROOT, "  ¶%d  %s%s%n", n, paragraph.length() <= OPENING ? paragraph
                : paragraph.substring(0, OPENING) + "…", after);
    }
}
