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
import java.util.TreeMap;

import com.github.mustachejava.Mustache;

import org.mizan.dossier.Language;
import org.mizan.layer.Layer;
import org.mizan.layer.LayerOverride;
import org.mizan.layer.Layers;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The brief's wording, one directory per language ({@code templates/en}, {@code templates/ar}): labels in
 * {@code labels.json}, sentences as Mustache templates. Analysts change phrasing here without touching Java.
 * {@link #load} checks everything at once and reports every problem with its file and line.
 */
public final class Templates {

    private static final String LABELS = "labels.json";

    private final Map<Language, Wording> wordings;
    private final String digest;
    private final Layers layers;
    private final List<LayerOverride> overrides;

    private Templates(Map<Language, Wording> wordings, String digest, Layers layers, List<LayerOverride> overrides) {
        this.wordings = wordings;
        this.digest = digest;
        this.layers = layers;
        this.overrides = List.copyOf(overrides);
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

    /** Loads and checks both languages of one templates folder; throws one InputException listing every problem. */
    public static Templates load(Path templatesDir) {
        return load(Layers.of(templatesDir));
    }

    /**
     * Loads and checks both languages from every layer: a higher layer's template replaces the file of the same
     * name, its labels.json the keys it defines. Throws one InputException listing every problem found.
     */
    public static Templates load(Layers layers) {
        List<Problem> problems = new ArrayList<>();
        for (Layer missing : layers.missing()) {
            problems.add(Problem.at(DisplayPaths.of(missing.dir()), 0, 0, missing.origin() == Layer.Origin.SHIPPED
                    ? "templates directory not found: pass --templates DIR or restore templates/"
                    : "templates directory not found"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Set<String> required = LabelKeys.required();
        Map<Language, Wording> wordings = new EnumMap<>(Language.class);
        List<LayerOverride> overrides = new ArrayList<>();
        for (Language language : Language.values()) {
            Path dir = layers.bottom().dir().resolve(language.code());
            if (!Files.isDirectory(dir)) {
                problems.add(Problem.at(DisplayPaths.of(dir), 0, 0, "missing language directory: copy"
                        + " templates/en and translate it"));
                continue;
            }
            int before = problems.size();
            List<Path> labelFiles = new ArrayList<>(List.of(dir.resolve(LABELS)));
            labelFiles.addAll(layers.above(language.code() + "/" + LABELS));
            Map<String, String> labels = LabelsFile.merge(labelFiles, required, problems, overrides);
            Map<String, Path> files = layers.files(language.code(), n -> n.endsWith(Sentence.SUFFIX), overrides);
            Map<Sentence, Mustache> sentences = SentenceFiles.compile(files, dir, problems);
            checkDigits(labelFiles, labels, problems);
            Wording wording = new Wording(language, labels, sentences, files);
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
        return new Templates(wordings, digestOf(layers), layers, overrides);
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

    /** The template layers read, bottom first (the shipped folder, then the dossier's own, then any given). */
    public Layers layers() {
        return layers;
    }

    /** Every template file and label a higher layer put in place of a lower layer's, in the order read. */
    public List<LayerOverride> overrides() {
        return overrides;
    }

    private static void checkDigits(List<Path> labelFiles, Map<String, String> labels, List<Problem> problems) {
        String digits = labels.get("digits");
        if (digits != null && digits.codePointCount(0, digits.length()) != 10) {
            problems.add(Problem.at(DisplayPaths.of(labelFiles.get(labelFiles.size() - 1)), 0, 0,
                    "label \"digits\" must hold the ten digits 0 to 9 in order, e.g. \"0123456789\""));
        }
    }

    private static boolean isWording(String name) {
        return name.equals(LABELS) || name.endsWith(Sentence.SUFFIX);
    }

    /**
     * Over the wording in force, by relative path ("en/risks.mustache") and content: the merged templates, and each
     * layer's labels.json in layer order (one folder gives the digest it always had). Notes such as a README beside
     * them do not change it.
     */
    private static String digestOf(Layers layers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Path> all = new TreeMap<>();
            for (Language language : Language.values()) {
                String code = language.code();
                layers.files(code, n -> isWording(n) && !n.equals(LABELS), new ArrayList<>())
                        .forEach((name, file) -> all.put(code + "/" + name, file));
                List<Path> labels = layers.each(code + "/" + LABELS);
                for (int i = 0; i < labels.size(); i++) {
                    all.put(code + "/" + LABELS + (i == 0 ? "" : "/" + i), labels.get(i));
                }
            }
            for (Map.Entry<String, Path> e : all.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(e.getValue()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
