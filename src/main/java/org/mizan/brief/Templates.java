package org.mizan.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.github.mustachejava.Mustache;

import org.mizan.dossier.Language;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The brief's wording, one directory per language ({@code templates/en}, {@code templates/ar}): labels in
 * {@code labels.json}, sentences as Mustache templates. Analysts change phrasing here without touching Java.
 * {@link #load} checks everything at once and reports every problem with its file and line.
 */
public final class Templates {

    private final Map<Language, Wording> wordings;
    private final String digest;

    private Templates(Map<Language, Wording> wordings, String digest) {
        this.wordings = wordings;
        this.digest = digest;
    }

    /**
     * Whether a file of the templates holds Arabic wording: it lies in the {@code ar} folder (Arabic text may hold
     * the direction marks and the non-joiner that English text may not).
     */
    static boolean isArabic(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && folder.getFileName() != null
                && folder.getFileName().toString().equals(Language.AR.code());
    }

    /** Loads and checks both languages; throws one InputException listing every problem found. */
    public static Templates load(Path templatesDir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(templatesDir)) {
            throw new InputException(Problem.at(DisplayPaths.of(templatesDir), 0, 0,
                    "templates directory not found: pass --templates DIR or restore templates/"));
        }
        Set<String> required = LabelKeys.required();
        Map<Language, Wording> wordings = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path dir = templatesDir.resolve(language.code());
            if (!Files.isDirectory(dir)) {
                problems.add(Problem.at(DisplayPaths.of(dir), 0, 0, "missing language directory: copy"
                        + " templates/en and translate it"));
                continue;
            }
            int before = problems.size();
            Map<String, String> labels = LabelsFile.read(dir.resolve("labels.json"), required, problems);
            Map<Sentence, Mustache> sentences = SentenceFiles.compile(dir, problems);
            checkDigits(dir, labels, problems);
            Wording wording = new Wording(language, labels, sentences, dir);
            // The ICD check renders the sentences: only once they are known to be sound (a partial including
            // itself, for one, would fail inside Mustache).
            if (problems.size() == before && labels.keySet().containsAll(required)
                    && sentences.size() == Sentence.values().length) {
                problems.addAll(IcdCheck.problems(wording));
            }
            wordings.put(language, wording);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Templates(wordings, digestOf(templatesDir));
    }

    /** The wording of one language. */
    public Wording wording(Language language) {
        return wordings.get(language);
    }

    /**
     * SHA-256 (hex) over the wording files (labels.json and *.mustache of each language, with their relative
     * paths), for the method note: notes such as a README beside them do not change it.
     */
    public String digest() {
        return digest;
    }

    private static void checkDigits(Path dir, Map<String, String> labels, List<Problem> problems) {
        String digits = labels.get("digits");
        if (digits != null && digits.codePointCount(0, digits.length()) != 10) {
            problems.add(Problem.at(DisplayPaths.of(dir.resolve("labels.json")), 0, 0,
                    "label \"digits\" must hold the ten digits 0 to 9 in order, e.g. \"0123456789\""));
        }
    }

    private static boolean isWording(Path file) {
        String name = file.getFileName().toString();
        return name.equals("labels.json") || name.endsWith(Sentence.SUFFIX);
    }

    private static String digestOf(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).filter(Templates::isWording).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                sha.update(relative.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
