package org.mizan.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Utf8Text;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * The texts of the dossier's sources, kept in {@code facts/sources/} as {@code <source id>.<language>.txt} (UTF-8),
 * so that every excerpt can be checked against the paragraph it cites without anything outside the project.
 * Paragraph N is the N-th non-empty line of the file. A source without a file is allowed (a document the project may
 * not copy): its excerpts are "not checked".
 */
public final class SourceTexts {

    /** The folder, inside the facts directory, that holds the texts. */
    public static final String FOLDER = "sources";

    /** One source's text as numbered paragraphs. {@code file} is as messages name it. */
    public record SourceText(String sourceId, String file, List<String> paragraphs) {

        public SourceText {
            paragraphs = List.copyOf(paragraphs);
        }

        /** Paragraph {@code n}, counting from 1; empty outside the text. */
        public Optional<String> paragraph(int n) {
            return n >= 1 && n <= paragraphs.size() ? Optional.of(paragraphs.get(n - 1)) : Optional.empty();
        }
    }

    private static final SourceTexts NONE = new SourceTexts(Map.of(), List.of(), false);

    private final Map<String, SourceText> texts;
    private final List<Problem> problems;
    private final boolean read;

    private SourceTexts(Map<String, SourceText> texts, List<Problem> problems, boolean read) {
        this.texts = Map.copyOf(texts);
        this.problems = List.copyOf(problems);
        this.read = read;
    }

    /** No texts at all, and no claim that any were looked for: excerpts are then not checked against text. */
    public static SourceTexts none() {
        return NONE;
    }

    /** The texts in {@code factsDir/sources/}; a missing folder holds none. Unreadable files become problems. */
    public static SourceTexts read(Path factsDir) {
        return read(List.of(factsDir));
    }

    /** The texts of each folder's {@code sources/} (a dossier's, then its updates'): the first text of an id counts. */
    public static SourceTexts read(List<Path> factsDirs) {
        Map<String, SourceText> texts = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        factsDirs.forEach(dir -> readFolder(dir.resolve(FOLDER), texts, problems));
        return new SourceTexts(texts, problems, true);
    }

    private static void readFolder(Path folder, Map<String, SourceText> texts, List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.isRegularFile(file)) {
                    readOne(file, texts, problems);
                } else {
                    notAText(file).or(() -> FileRefusal.special(file, "a source text")).ifPresent(problems::add);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.ofFile(DisplayPaths.of(folder)), FileRefusal.wording(e)));
        }
    }

    /**
     * A name of a source's text that holds no text: a folder, or a link to nothing. Left unreported, the excerpts
     * of its source would silently go unchecked.
     */
    private static Optional<Problem> notAText(Path file) {
        String shown = DisplayPaths.of(file);
        if (Files.isDirectory(file)) {
            return Optional.of(new Problem(SourceLocation.ofFile(shown), "a folder where the text of source \""
                    + sourceIdOf(file.getFileName().toString()) + "\" belongs: put the source's text here as a UTF-8"
                    + " file, or rename the folder"));
        }
        if (!Files.exists(file)) {
            return Optional.of(new Problem(SourceLocation.ofFile(shown), "a link to nothing (" + linkTarget(file)
                    + " does not exist) where the text of source \"" + sourceIdOf(file.getFileName().toString())
                    + "\" belongs: copy the text here, or remove the link"));
        }
        return Optional.empty();
    }

    static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "its target";
        }
    }

    private static void readOne(Path file, Map<String, SourceText> texts, List<Problem> problems) {
        String shown = DisplayPaths.of(file);
        try {
            String content = Utf8Text.read(file);
            String id = sourceIdOf(file.getFileName().toString());
            List<String> paragraphs = paragraphs(content);
            if (paragraphs.isEmpty()) {
                // One line for the cause: every excerpt citing the source would otherwise be "outside its text".
                problems.add(Problem.at(shown, 1, 1, "the text of source \"" + id + "\" is empty: restore it (the"
                        + " excerpts citing the source are checked against it)"));
                return;
            }
            texts.putIfAbsent(id, new SourceText(id, shown, paragraphs));
        } catch (InputException e) {
            problems.add(e.problems().get(0));
        }
    }

    /** {@code northpress-2025-11-10.ar.txt} is the text of source {@code northpress-2025-11-10}. */
    static String sourceIdOf(String fileName) {
        String stem = fileName.substring(0, fileName.length() - ".txt".length());
        int dot = stem.lastIndexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }

    /** The file name a source's text is kept under. */
    public static String fileName(Source source) {
        return source.id() + "." + (source.language() == null ? "txt" : source.language().code() + ".txt");
    }

    /** The non-empty lines of a text, trimmed: paragraph N is element N-1. */
    public static List<String> paragraphs(String content) {
        return content.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Optional<SourceText> of(String sourceId) {
        return Optional.ofNullable(texts.get(sourceId));
    }

    /** Whether the folder was looked at (otherwise no source counts as "not checked": nothing was checked). */
    public boolean read() {
        return read;
    }

    /** Files that could not be read. */
    public List<Problem> problems() {
        return problems;
    }

    /** Ids of the dossier's sources that have no text here: their excerpts are not checked. */
    public List<String> notChecked(Dossier dossier) {
        return dossier.sources().stream().map(Source::id).filter(id -> id != null && !texts.containsKey(id)).toList();
    }
}
