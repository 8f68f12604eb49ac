package org.mizan.render.figure;

import java.nio.file.Files;
import java.nio.file.Path;

import org.mizan.dossier.Language;

/** Writes the sample figures to /tmp/figures-out for looking at; not a test. */
final class RenderSamplesToDisk {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/figures-out"));
        for (Language lang : Language.values()) {
            write(dir, "graph-small-" + lang.code(), FigureLayout.layout(FigureSamples.smallGraph(lang), lang));
            write(dir, "graph-large-" + lang.code(), FigureLayout.layout(FigureSamples.largeGraph(lang), lang));
            write(dir, "matrix-" + lang.code(), FigureLayout.layout(FigureSamples.matrix(lang), lang));
            write(dir, "graph-random12-" + lang.code(), FigureLayout.layout(
                    GraphLayoutRobustnessTest.random(new java.util.Random(11), 12, 15), lang));
            write(dir, "matrix-9x9-" + lang.code(), FigureLayout.layout(
                    MatrixLayoutRobustnessTest.matrix(9, 9, 12, lang), lang));
        }
    }

    private static void write(Path dir, String name, Drawing d) throws Exception {
        Files.write(dir.resolve(name + ".png"), PngPainter.paint(d, 2));
    }
}
