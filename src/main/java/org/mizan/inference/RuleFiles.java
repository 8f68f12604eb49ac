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
import java.util.stream.Stream;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The files of a rules directory, read once: DRL files and decision tables by path, in name order, and the
 * digest over them and the risk catalogue that findings.json records.
 */
record RuleFiles(Map<Path, String> texts, String digest) {

    static RuleFiles read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.at(DisplayPaths.of(dir), 0, 0, "rules directory not found"));
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        List<Problem> special = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(RuleFiles::isRuleName).sorted().toList()) {
                FileRefusal.special(p, "a rule file").ifPresentOrElse(special::add, () -> {
                    if (Files.isRegularFile(p)) {
                        texts.put(p, Utf8Text.read(p));
                    }
                });
            }
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, dir));
        }
        FileRefusal.special(dir.resolve(RiskCatalogue.FILE_NAME), "the risk catalogue").ifPresent(special::add);
        if (!special.isEmpty()) {
            throw new InputException(special);
        }
        return new RuleFiles(texts, digestOf(dir, texts));
    }

    /** The DRL files alone: decision tables have no rule text to index. */
    Map<Path, String> drl() {
        Map<Path, String> drl = new LinkedHashMap<>(texts);
        drl.keySet().removeIf(p -> !p.getFileName().toString().endsWith(".drl"));
        return drl;
    }

    private static boolean isRuleName(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".drl.csv");
    }

    /** By file name and content, so the digest does not depend on where the directory lies. */
    private static String digestOf(Path dir, Map<Path, String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, byte[]> all = new TreeMap<>();
            texts.forEach((p, t) -> all.put(p.getFileName().toString(), t.getBytes(StandardCharsets.UTF_8)));
            Path catalogue = dir.resolve(RiskCatalogue.FILE_NAME);
            if (Files.isRegularFile(catalogue)) {
                all.put(RiskCatalogue.FILE_NAME, Files.readAllBytes(catalogue));
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
            throw new InputException(FileRefusal.problem(e, dir.resolve(RiskCatalogue.FILE_NAME)));
        }
    }
}
