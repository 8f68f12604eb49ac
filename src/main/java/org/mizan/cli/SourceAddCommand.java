package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.mizan.dossier.DossierValidator;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierJson;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Language;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.SourceTexts;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Copies a new text into facts/sources/, declares its source in a fact file of its own (facts/source-ID.json, which
 * the analyst may merge into dossier.json later) and prints the numbered paragraphs to cite. Nothing is left behind
 * if the dossier does not load with the new source.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Copy a source text (UTF-8) into facts/sources/, declare the source, and print its numbered"
                + " paragraphs (paragraph N is the N-th non-empty line) for citing.")
final class SourceAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The text of the source, UTF-8.")
    Path file;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The source id, lower kebab case, e.g. enab-baladi-2025-11-12.")
    String id;

    @Option(names = "--publisher", required = true, paramLabel = "NAME", description = "Publisher, in English.")
    String publisher;

    @Option(names = "--publisher-ar", paramLabel = "NAME", description = "Publisher, in Arabic (default: as --publisher).")
    String publisherAr;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title, in English (default: the first paragraph).")
    String title;

    @Option(names = "--title-ar", paramLabel = "TITLE", description = "Title, in Arabic (default: as --title).")
    String titleAr;

    @Option(names = "--author", paramLabel = "NAME", description = "Author, if the text is signed.")
    String author;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "Publication date.")
    String date;

    @Option(names = "--reliability", required = true, paramLabel = "A-F",
            description = "Admiralty source reliability: A completely reliable ... F cannot be judged.")
    Reliability reliability;

    @Option(names = "--language", paramLabel = "en|ar",
            description = "The text's language (default: Arabic if most letters are Arabic, else English).")
    String language;

    @Option(names = "--derived-from", paramLabel = "ID",
            description = "What the text repeats or summarises: a source id or an origin (repeatable).")
    List<String> derivedFrom = new ArrayList<>();

    @Option(names = "--facts", paramLabel = "DIR", description = "Dossier folder (default: ${DEFAULT-VALUE}).")
    Path facts = Path.of("facts");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate published = date();
        if (!DossierValidator.isWellFormedId(id)) {
            throw usage("--id \"" + id + "\" is not lower kebab case (letters a-z, digits and single hyphens)");
        }
        Dossier dossier = DossierLoader.load(facts);
        if (dossier.source(id).isPresent() || dossier.fact(id).isPresent()) {
            throw usage("id \"" + id + "\" is already used at " + dossier.origins().get(id) + ": choose another --id");
        }
        String text = read();
        List<String> paragraphs = SourceTexts.paragraphs(text);
        Language lang = language(text);
        Path textFile = facts.resolve(SourceTexts.FOLDER).resolve(id + "." + lang.code() + ".txt");
        Path declaration = facts.resolve("source-" + id + ".json");
        for (Path target : List.of(textFile, declaration)) {
            if (Files.exists(target)) {
                throw usage(DisplayPaths.of(target) + " already exists: choose another --id or remove it");
            }
        }
        write(textFile, declaration, text, declaration(published, lang, paragraphs));
        print(textFile, declaration, paragraphs);
        return ExitCode.OK;
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw usage("--date \"" + date + "\" is not a date: write yyyy-MM-dd, e.g. 2025-11-12");
        }
    }

    private String read() {
        String shown = DisplayPaths.of(file);
        if (!Files.isRegularFile(file)) {
            throw usage("no such file: " + shown + " (give the path of the source's text)");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (SourceTexts.paragraphs(text).isEmpty()) {
                throw new InputException(new Problem(SourceLocation.ofFile(shown),
                        "the text is empty: a source needs at least one non-empty line"));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InputException(new Problem(SourceLocation.ofFile(shown),
                    "not UTF-8 text: save the file as UTF-8 and add it again"));
        } catch (IOException e) {
            throw new InputException(new Problem(SourceLocation.ofFile(shown), "cannot read: " + e.getMessage()));
        }
    }

    private Language language(String text) {
        if (language != null) {
            try {
                return Language.ofCode(language);
            } catch (IllegalArgumentException e) {
                throw usage("--language: " + e.getMessage());
            }
        }
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return arabic * 2 > letters ? Language.AR : Language.EN;
    }

    private String declaration(LocalDate published, Language lang, List<String> paragraphs) {
        ObjectNode source = DossierJson.mapper().createObjectNode();
        source.put("id", id);
        text(source.putObject("publisher"), publisher, publisherAr);
        String heading = title != null ? title : paragraphs.get(0);
        text(source.putObject("title"), heading, titleAr != null ? titleAr : heading);
        source.put("date", published.toString());
        if (author != null) {
            text(source.putObject("author"), author, author);
        }
        source.put("language", lang.code());
        source.put("reliability", reliability.name());
        source.put("paragraphs", paragraphs.size());
        if (!derivedFrom.isEmpty()) {
            derivedFrom.forEach(source.putArray("derivedFrom")::add);
        }
        ObjectNode root = DossierJson.mapper().createObjectNode();
        root.putArray("sources").add(source);
        try {
            return "// Declared by \"mizan source add\"; its text is " + SourceTexts.FOLDER + "/" + id + "."
                    + lang.code() + ".txt. Edit freely (e.g. the Arabic publisher and title), or move it into"
                    + " dossier.json.\n" + DossierJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void text(ObjectNode node, String en, String ar) {
        node.put("en", en);
        node.put("ar", ar != null ? ar : en);
    }

    /** Both files, or neither: if the dossier does not load with them, they are taken away and its problems shown. */
    private void write(Path textFile, Path declaration, String text, String json) {
        try {
            Files.createDirectories(textFile.getParent());
            Files.writeString(textFile, text, StandardCharsets.UTF_8);
            Files.writeString(declaration, json, StandardCharsets.UTF_8);
            DossierLoader.load(facts);
        } catch (IOException e) {
            removeQuietly(textFile, declaration);
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            removeQuietly(textFile, declaration);
            throw e;
        }
    }

    private static void removeQuietly(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // the first failure is the one reported
            }
        }
    }

    private void print(Path textFile, Path declaration, List<String> paragraphs) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "added source \"%s\": text %s, declared in %s; %d paragraphs:%n", id, DisplayPaths.of(textFile),
                DisplayPaths.of(declaration), paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            out.printf(Locale.ROOT, "¶%d  %s%n", i + 1, paragraphs.get(i));
        }
        out.printf(Locale.ROOT, "next: ./mizan source mentions %s --facts %s%n", id, DisplayPaths.of(facts));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
