package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.mizan.dossier.DossierValidator;
import org.mizan.dossier.DossierJson;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.SourceTexts;
import org.mizan.pipeline.InputDirs;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Starts a dossier for a new story: the folder, its header (dossier.json) and the empty folders the story's texts and
 * its own rules and wording go in. The header alone already validates and generates (briefs that say the rules found
 * nothing yet), so each later step can be checked as it is taken.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a dossier for a new story: create DIR with its header (dossier.json) and the folders"
                + " sources/ (the texts), rules/ and templates/ (the story's own layer, empty until needed).")
final class NewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The dossier folder to create (it must not exist, or be empty).")
    Path dir;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The story's title, in English.")
    String title;

    @Option(names = "--title-ar", paramLabel = "TITLE", description = "The title in Arabic (default: as --title;"
            + " translate it before briefing).")
    String titleAr;

    @Option(names = "--id", paramLabel = "ID", description = "The dossier id, lower kebab case (default: the folder's"
            + " name).")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String dossierId = id != null ? id : dir.toAbsolutePath().normalize().getFileName().toString();
        if (!DossierValidator.isWellFormedId(dossierId)) {
            throw usage((id != null ? "--id" : "the folder's name") + " \"" + dossierId + "\" is not lower kebab case"
                    + " (letters a-z, digits and single hyphens)" + (id != null ? "" : ": give --id ID"));
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw usage(DisplayPaths.of(dir) + " already exists and is not empty: give a new folder");
        }
        Path header = dir.resolve("dossier.json");
        try {
            for (String folder : List.of(SourceTexts.FOLDER, InputDirs.RULES, InputDirs.TEMPLATES)) {
                Files.createDirectories(dir.resolve(folder));
            }
            Files.writeString(header, header(dossierId), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DossierLoader.load(dir);
        print(header, dossierId);
        return ExitCode.OK;
    }

    private String header(String dossierId) {
        ObjectNode root = DossierJson.mapper().createObjectNode();
        ObjectNode dossier = root.putObject("dossier");
        dossier.put("id", dossierId);
        ObjectNode t = dossier.putObject("title");
        t.put("en", title);
        t.put("ar", titleAr != null ? titleAr : title);
        root.putArray("sources");
        try {
            return "// The dossier's header and its sources (\"mizan source add\" declares each new text). The facts go in"
                    + " further files\n// of this folder (actors.json, support.json, ...): see facts/README.md.\n"
                    + DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(Path header, String dossierId) {
        PrintWriter out = spec.commandLine().getOut();
        String facts = DisplayPaths.of(dir);
        out.printf(Locale.ROOT, "created dossier \"%s\": header %s; folders %s/%s, %s/%s, %s/%s%n", dossierId,
                DisplayPaths.of(header), facts, SourceTexts.FOLDER, facts, InputDirs.RULES, facts,
                InputDirs.TEMPLATES);
        out.printf(Locale.ROOT, "next: ./mizan source add TEXT --facts %s --id ID --publisher NAME --date yyyy-MM-dd"
                + " --reliability A-F%n", facts);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
