package org.mizan.brief;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FieldLength;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.Problem;
import org.mizan.problem.TextCharacters;

/**
 * Compiles the sentence templates of one language directory. Besides Mustache's own syntax check, every tag is
 * checked against the variables its template is given: Mustache would print an unknown name as nothing, which
 * an analyst would only notice in the finished brief.
 */
final class SentenceFiles {

    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)\\s*([#^/!>&=]?)\\s*([^}]*?)\\s*\\}?\\}\\}");

    private static final Pattern PARTIAL = Pattern.compile("_[A-Za-z0-9_-]+");

    private SentenceFiles() {
    }

    /**
     * {@code files}: the language's template files by name, each from the highest layer that has it; {@code dir}
     * the shipped language folder, where a missing template belongs.
     */
    static Map<Sentence, Mustache> compile(Map<String, Path> files, Path dir, List<Problem> problems) {
        PlainTextMustacheFactory factory = new PlainTextMustacheFactory(files);
        Map<Sentence, Mustache> compiled = new EnumMap<>(Sentence.class);
        Set<String> allVariables = new HashSet<>();
        for (Sentence s : Sentence.values()) {
            allVariables.addAll(s.variables());
            Path file = files.getOrDefault(s.fileName(), dir.resolve(s.fileName()));
            if (FileRefusal.isSpecial(file)) {
                FileRefusal.special(file, "a template").ifPresent(problems::add);
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.at(DisplayPaths.of(file), 0, 0,
                        "missing template: create it (see templates/en/" + s.fileName() + " for an example)"));
                continue;
            }
            String text = read(file, problems);
            if (text != null && checkTags(file, text, s.variables(), problems)) {
                compileOne(factory, file, text, problems).ifPresent(m -> compiled.put(s, m));
            }
        }
        checkOtherFiles(files, allVariables, problems);
        return compiled;
    }

    private static java.util.Optional<Mustache> compileOne(PlainTextMustacheFactory factory, Path file,
                                                           String text, List<Problem> problems) {
        try {
            return java.util.Optional.of(factory.compile(new StringReader(text), file.getFileName().toString()));
        } catch (MustacheException e) {
            int line = e.getContext() == null ? 0 : e.getContext().line();
            String message = e.getContext() == null ? e.getMessage() : e.getMessage()
                    .replace(" @" + e.getContext(), "");
            problems.add(Problem.at(DisplayPaths.of(file), line, 0, "template does not compile: " + message));
            return java.util.Optional.empty();
        }
    }

    /** Partials (files named _*.mustache) may use any variable a sentence template may. */
    private static void checkOtherFiles(Map<String, Path> files, Set<String> allVariables, List<Problem> problems) {
        Map<String, Path> partials = new TreeMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, Path> entry : new TreeMap<>(files).entrySet()) {
            Path f = entry.getValue();
            String name = entry.getKey();
            if (!name.endsWith(Sentence.SUFFIX) || isSentence(name)) {
                continue;
            }
            if (FileRefusal.isSpecial(f)) {
                FileRefusal.special(f, "a template").ifPresent(problems::add);
                continue;
            }
            if (!name.startsWith("_")) {
                problems.add(Problem.at(DisplayPaths.of(f), 0, 0, "unknown template: rename a partial to"
                        + " start with '_', or remove the file"));
            } else {
                String text = read(f, problems);
                if (text != null && checkTags(f, text, allVariables, problems)) {
                    String partial = name.substring(0, name.length() - Sentence.SUFFIX.length());
                    partials.put(partial, f);
                    texts.put(partial, text);
                }
            }
        }
        partials.forEach((partial, file) -> checkNoCycle(partial, file, texts, problems));
    }

    /**
     * A partial that includes itself, directly or through others, would be expanded without end: Mustache gives up
     * at run time with an internal error, after validate had said ok. Reported at the inclusion that closes the loop.
     */
    private static void checkNoCycle(String partial, Path file, Map<String, String> texts, List<Problem> problems) {
        String text = texts.get(partial);
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(">")) {
                List<String> path = pathBack(m.group(3), partial, texts, new ArrayList<>());
                if (path != null) {
                    problems.add(at(file, text, m.start(), "partial " + partial + " includes itself (" + partial
                            + " → " + String.join(" → ", path) + "), which would never end: remove the inclusion"));
                    return;
                }
            }
        }
    }

    /** The partials from {@code from} back to {@code target}, or null when {@code from} never includes it. */
    private static List<String> pathBack(String from, String target, Map<String, String> texts, List<String> seen) {
        if (from.equals(target)) {
            return List.of(target);
        }
        if (seen.contains(from) || !texts.containsKey(from)) {
            return null;
        }
        seen.add(from);
        Matcher m = TAG.matcher(texts.get(from));
        while (m.find()) {
            if (m.group(2).equals(">")) {
                List<String> rest = pathBack(m.group(3), target, texts, seen);
                if (rest != null) {
                    List<String> path = new ArrayList<>(List.of(from));
                    path.addAll(rest);
                    return path;
                }
            }
        }
        return null;
    }

    private static boolean isSentence(String fileName) {
        return Stream.of(Sentence.values()).anyMatch(s -> s.fileName().equals(fileName));
    }

    /** False when a tag uses a variable the template is not given (its problems are added). */
    static boolean checkTags(Path file, String text, Set<String> variables, List<Problem> problems) {
        int before = problems.size();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String sigil = m.group(2);
            String name = m.group(3);
            if (sigil.equals("!") || name.equals(".")) {
                continue;
            }
            if (sigil.equals(">")) {
                if (!PARTIAL.matcher(name).matches()) {
                    problems.add(at(file, text, m.start(), "partial \"" + name + "\" is not allowed: partials are"
                            + " files named _name.mustache in this directory, included as {{> _name}}"));
                }
            } else if (sigil.equals("=")) {
                problems.add(at(file, text, m.start(), "changing delimiters is not supported: use {{ }}"));
            } else if (!variables.contains(name)) {
                problems.add(at(file, text, m.start(), "unknown variable \"" + name + "\": this template may use "
                        + String.join(", ", variables.stream().sorted().toList())));
            }
        }
        return problems.size() == before;
    }

    private static Problem at(Path file, String text, int offset, String message) {
        return Problem.atOffset(DisplayPaths.of(file), text, offset, message);
    }

    private static String read(Path file, List<Problem> problems) {
        try {
            if (!PlainTextMustacheFactory.staysIn(file.getParent(), file)) {
                problems.add(Problem.at(DisplayPaths.of(file), 0, 0, "the file is a link to " + file.toRealPath()
                        + ", outside " + DisplayPaths.of(file.getParent()) + ": a template is read only from its own"
                        + " folder; copy the file here instead of linking it"));
                return null;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Problem> bad = new ArrayList<>(FieldLength.inTemplate(DisplayPaths.of(file), text));
            bad.addAll(TextCharacters.inTemplate(DisplayPaths.of(file), text, Templates.isArabic(file)));
            problems.addAll(bad);
            return bad.isEmpty() ? text : null;
        } catch (IOException e) {
            problems.add(FileRefusal.problem(e, file));
            return null;
        }
    }
}
