package org.mizan.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.SourceLocation;

/**
 * The layers of one kind of input (rules or templates), bottom first. The shipped layer and those named on the
 * command line must exist ({@link #missing}); a dossier's own layer that is not there is skipped, so a dossier
 * without a rules folder of its own simply has none.
 */
public record Layers(List<Layer> list) {

    public Layers {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least the shipped layer");
        }
        list = List.copyOf(list);
    }

    /** One shipped folder and nothing above it: what tests and tools that name one folder mean. */
    public static Layers of(Path dir) {
        return new Layers(List.of(Layer.shipped(dir)));
    }

    public Layer bottom() {
        return list.get(0);
    }

    /** Every layer but a dossier's own that is not there, bottom first. */
    public List<Layer> existing() {
        return list.stream().filter(l -> l.origin() != Layer.Origin.DOSSIER || Files.isDirectory(l.dir())).toList();
    }

    /** The layers that must be there and are not (the shipped one, or one named on the command line). */
    public List<Layer> missing() {
        return existing().stream().filter(l -> !Files.isDirectory(l.dir())).toList();
    }

    /** Each existing layer's file {@code relative} (e.g. "risks.json", "en/labels.json") that is there, bottom first. */
    public List<Path> each(String relative) {
        return existing().stream().map(l -> l.dir().resolve(relative)).filter(Files::isRegularFile).toList();
    }

    /** Each layer's file {@code relative} above the bottom layer that is there, bottom first. */
    public List<Path> above(String relative) {
        return existing().stream().skip(1).map(l -> l.dir().resolve(relative)).filter(Files::isRegularFile).toList();
    }

    /**
     * The files of {@code sub} (a folder in each layer, "" for the layer itself) whose names {@code wanted} accepts,
     * by name, the highest layer's file for each name; every file that replaces a lower one is added to
     * {@code overrides}. In layer order, then name order: what a lower layer defines is read before what a higher
     * one adds, so a name defined twice is reported at the higher layer's file.
     */
    public Map<String, Path> files(String sub, Predicate<String> wanted, List<LayerOverride> overrides) {
        SortedMap<String, Path> merged = new TreeMap<>();
        Map<String, Integer> layerOf = new HashMap<>();
        List<Layer> layers = existing();
        for (int i = 0; i < layers.size(); i++) {
            Path dir = sub.isEmpty() ? layers.get(i).dir() : layers.get(i).dir().resolve(sub);
            for (Map.Entry<String, Path> e : list(dir, wanted).entrySet()) {
                layerOf.put(e.getKey(), i);
                Path below = merged.put(e.getKey(), e.getValue());
                if (below != null) {
                    String name = sub.isEmpty() ? e.getKey() : sub + "/" + e.getKey();
                    overrides.add(new LayerOverride("file " + name, SourceLocation.ofFile(DisplayPaths.of(e.getValue())),
                            SourceLocation.ofFile(DisplayPaths.of(below))));
                }
            }
        }
        Map<String, Path> ordered = new LinkedHashMap<>();
        merged.keySet().stream().sorted(Comparator.comparing((String name) -> layerOf.get(name))
                .thenComparing(Comparator.naturalOrder())).forEach(name -> ordered.put(name, merged.get(name)));
        return ordered;
    }

    private static SortedMap<String, Path> list(Path dir, Predicate<String> wanted) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        // Not only regular files: a pipe or device of a wanted name is there to be refused by name, not skipped.
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> !Files.isDirectory(p)).filter(p -> wanted.test(p.getFileName().toString()))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, dir));
        }
        return files;
    }

    /** {@code rules (shipped), facts/rules (the dossier's own)}: the existing layers, bottom first. */
    public String describe() {
        return String.join(", ", existing().stream().map(Layer::describe).toList());
    }
}
