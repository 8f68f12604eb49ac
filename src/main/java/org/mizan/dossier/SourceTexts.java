package org.mizan.dossier;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
        Path folder = factsDir.resolve(FOLDER);
        Map<String, SourceText> texts = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new SourceTexts(texts, problems, true);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.isRegularFile(file)) {
                    readOne(file, texts, problems);
                } else {
                    FileRefusal.special(file, "a source text").ifPresent(problems::add);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.ofFile(DisplayPaths.of(folder)), FileRefusal.wording(e)));
        }
        return new SourceTexts(texts, problems, true);
    }

    private static void readOne(Path file, Map<String, SourceText> texts, List<Problem> problems) {
        String shown = DisplayPaths.of(file);
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String id = sourceIdOf(file.getFileName().toString());
            texts.putIfAbsent(id, new SourceText(id, shown, paragraphs(content)));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(SourceLocation.ofFile(shown), "not UTF-8 text: save the source text as UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(SourceLocation.ofFile(shown), FileRefusal.wording(e)));
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
