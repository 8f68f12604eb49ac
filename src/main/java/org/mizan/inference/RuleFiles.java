package org.mizan.inference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.layer.Layer;
import org.mizan.layer.LayerOverride;
import org.mizan.layer.Layers;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The rule files of every layer, merged and read once: DRL files and decision tables by their real path, in layer
 * order and name order within a layer, a higher layer's file replacing the one of the same name below it; the files that replaced others; and
 * the digest over the merged set and the risk catalogues that findings.json records.
 */
record RuleFiles(Map<Path, String> texts, List<LayerOverride> overrides, String digest) {

    RuleFiles {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        overrides = List.copyOf(overrides);
    }

    static RuleFiles read(Path dir) {
        return read(Layers.of(dir));
    }

    static RuleFiles read(Layers layers) {
        List<Problem> missing = new ArrayList<>();
        for (Layer layer : layers.missing()) {
            missing.add(Problem.at(DisplayPaths.of(layer.dir()), 0, 0, "rules directory not found"));
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        List<LayerOverride> overrides = new ArrayList<>();
        Map<Path, String> texts = new LinkedHashMap<>();
        List<Problem> special = new ArrayList<>();
        for (Path p : layers.files("", RuleFiles::isRuleFile, overrides).values()) {
            FileRefusal.special(p, "a rule file").ifPresentOrElse(special::add, () -> {
                if (Files.isRegularFile(p)) {
                    texts.put(p, Utf8Text.read(p));
                }
            });
        }
        for (Layer layer : layers.existing()) {
            FileRefusal.special(layer.dir().resolve(RiskCatalogue.FILE_NAME), "the risk catalogue")
                    .ifPresent(special::add);
        }
        if (!special.isEmpty()) {
            throw new InputException(special);
        }
        return new RuleFiles(texts, overrides, digestOf(layers, texts));
    }

    /** The DRL files alone: decision tables have no rule text to index. */
    Map<Path, String> drl() {
        Map<Path, String> drl = new LinkedHashMap<>(texts);
        drl.keySet().removeIf(p -> !p.getFileName().toString().endsWith(".drl"));
        return drl;
    }

    /** The merged file of this name (e.g. the rating table), if any layer has one. */
    java.util.Optional<Path> file(String name) {
        return texts.keySet().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv");
    }

    /**
     * By file name and content, so the digest does not depend on where the layers lie; each layer's risk catalogue
     * in layer order (one layer gives the digest a single rules folder always had).
     */
    private static String digestOf(Layers layers, Map<Path, String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, byte[]> all = new TreeMap<>();
            texts.forEach((p, t) -> all.put(p.getFileName().toString(), t.getBytes(StandardCharsets.UTF_8)));
            List<Path> catalogues = layers.each(RiskCatalogue.FILE_NAME);
            for (int i = 0; i < catalogues.size(); i++) {
                all.put((i == 0 ? "" : i + "/") + RiskCatalogue.FILE_NAME, Files.readAllBytes(catalogues.get(i)));
            }
            all.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, layers.bottom().dir().resolve(RiskCatalogue.FILE_NAME)));
        }
    }
}
