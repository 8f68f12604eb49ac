package org.mizan.cli;

import picocli.CommandLine.Command;

/** The analyst's ingest helper for a new source text: {@code add} and {@code mentions}. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Bring a new source text into the dossier and start extracting facts from it.",
        subcommands = {SourceAddCommand.class, SourceMentionsCommand.class, SourceCoverageCommand.class})
final class SourceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "say what to do: \"source add FILE ...\" or \"source mentions ID\" (see mizan source --help)");
    }
}
