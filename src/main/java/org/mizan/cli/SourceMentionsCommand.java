package org.mizan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Mentions;
import org.mizan.dossier.Source;
import org.mizan.dossier.SourceTexts;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Paragraph by paragraph, the dossier's actors, bases and resources a source's text names. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "List, paragraph by paragraph, the dossier's actors, bases and resources that a source's text in"
                + " facts/sources/ names (English and Arabic names; Arabic folded as excerpts are).")
final class SourceMentionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The source id, as declared under \"sources\".")
    String id;

    @Option(names = "--facts", paramLabel = "DIR", description = "Dossier folder (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path facts = java.nio.file.Path.of("facts");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dossier dossier = DossierLoader.load(facts);
        if (dossier.source(id).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no source \"" + id + "\" in " + DisplayPaths.of(facts)
                    + " (declared sources: " + dossier.sources().stream().map(Source::id).collect(Collectors.joining(", "))
                    + "); add one with: mizan source add FILE --id ID ...");
        }
        SourceTexts.SourceText text = SourceTexts.read(facts).of(id).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "source \"" + id + "\" has no text in "
                        + DisplayPaths.of(facts.resolve(SourceTexts.FOLDER)) + ": put it there as "
                        + SourceTexts.fileName(dossier.source(id).get()) + " (UTF-8)"));
        PrintWriter out = spec.commandLine().getOut();
        List<Mentions.InParagraph> found = Mentions.of(dossier, text);
        out.printf(Locale.ROOT, "%s (%s): %d paragraphs, %d name actors, bases or resources of the dossier%n", id, text.file(),
                text.paragraphs().size(), found.size());
        for (Mentions.InParagraph p : found) {
            out.printf(Locale.ROOT, "¶%d  %s%n", p.number(), p.mentions().stream()
                    .map(m -> m.kind() + " " + m.factId() + " «" + m.name() + "»").collect(Collectors.joining(", ")));
        }
        return ExitCode.OK;
    }
}
