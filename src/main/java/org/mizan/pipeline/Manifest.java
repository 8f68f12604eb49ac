package org.mizan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mizan.problem.DisplayPaths;

/**
 * manifest.json: the checksum of every input file, the scenario, the Mizan version and the outputs, so a
 * brief attached to a report can be traced to exactly what produced it and regenerated. No time stamp:
 * the same inputs give the same manifest.
 */
public final class Manifest {

    private Manifest() {
    }

    public static Artifact of(InputDirs dirs, Path scenarioFile, String version, List<Artifact> outputs) {
        return of(dirs, scenarioFile, version, outputs, null);
    }

    /**
     * As above, for a brief made {@code --since} an earlier one ({@code since}, null if none): its findings.json is
     * an input too (the passage on what moved and the labels' numbers come from it), and the command says so.
     */
    public static Artifact of(InputDirs dirs, Path scenarioFile, String version, List<Artifact> outputs,
                              EarlierBrief since) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mizanVersion", version);
        root.put("scenario", scenarioFile == null ? null : DisplayPaths.of(scenarioFile));
        Map<String, String> inputs = new LinkedHashMap<>();
        // Every layer's folder: the dossier's own rules/ and templates/ lie in the dossier folder and are listed once.
        for (Path dir : new LinkedHashSet<>(withFacts(dirs))) {
            inputs.putAll(filesBelow(dir));
        }
        if (since != null) {
            try {
                inputs.put(DisplayPaths.of(since.file()), sha256(Files.readAllBytes(since.file())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        root.put("inputs", inputs);
        Map<String, String> outs = new LinkedHashMap<>();
        outputs.forEach(a -> outs.put(a.fileName(), sha256(a.bytes())));
        root.put("outputs", outs);
        root.put("regenerate", "./mizan generate" + inputOptions(dirs) + (scenarioFile == null ? ""
                : " --scenario " + scenarioFile.getFileName().toString().replaceFirst("\\.json$", ""))
                + (since == null ? "" : " --since " + DisplayPaths.of(since.file())));
        try {
            String json = new ObjectMapper().writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(root);
            return new Artifact("manifest.json", (json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options that name other inputs than the defaults: a story's dossier folder and any layer given on top. */
    private static String inputOptions(InputDirs dirs) {
        InputDirs defaults = InputDirs.defaults();
        StringBuilder options = new StringBuilder();
        if (!dirs.facts().equals(defaults.facts())) {
            options.append(" --facts ").append(DisplayPaths.of(dirs.facts()));
        }
        dirs.updates().forEach(d -> options.append(" --update ").append(DisplayPaths.of(d)));
        if (!dirs.rules().equals(defaults.rules())) {
            options.append(" --shipped-rules ").append(DisplayPaths.of(dirs.rules()));
        }
        if (!dirs.templates().equals(defaults.templates())) {
            options.append(" --shipped-templates ").append(DisplayPaths.of(dirs.templates()));
        }
        dirs.moreRules().forEach(d -> options.append(" --rules ").append(DisplayPaths.of(d)));
        dirs.moreTemplates().forEach(d -> options.append(" --templates ").append(DisplayPaths.of(d)));
        return options.toString();
    }

    private static List<Path> withFacts(InputDirs dirs) {
        List<Path> all = new ArrayList<>(List.of(dirs.facts()));
        java.util.stream.Stream.concat(dirs.updates().stream(), dirs.layerDirs().stream()).filter(d -> !d.toAbsolutePath().normalize()
                .startsWith(dirs.facts().toAbsolutePath().normalize())).forEach(all::add);
        return all;
    }

    private static Map<String, String> filesBelow(Path dir) {
        Map<String, String> sums = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return sums;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sums.put(DisplayPaths.of(f), sha256(Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
