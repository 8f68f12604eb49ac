package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.render.figure.DrawingChecks.boxes;
import static org.mizan.render.figure.DrawingChecks.labels;
import static org.mizan.render.figure.DrawingChecks.lines;
import static org.mizan.render.figure.DrawingChecks.rect;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mizan.brief.DependencyGraph;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;
import org.mizan.render.Palette;

@DisplayName("Dependency graph layout")
class GraphLayoutTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void fitsTheTextColumnAndKeepsEveryMarkInside(Language lang) {
        for (DependencyGraph g : List.of(FigureSamples.smallGraph(lang), FigureSamples.largeGraph(lang))) {
            Drawing d = FigureLayout.layout(g, lang);
            assertEquals(480, d.width());
            DrawingChecks.allInside(d);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noNodeOrEdgeLabelBoxOverlapsAnother(Language lang) {
        DrawingChecks.noBoxesOverlap(boxes(FigureLayout.layout(FigureSamples.smallGraph(lang), lang)));
        DrawingChecks.noBoxesOverlap(boxes(FigureLayout.layout(FigureSamples.largeGraph(lang), lang)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tenActorsStayLegibleAndNoLabelIsCut(Language lang) {
        DrawingChecks.labelsLegibleAndUncut(FigureLayout.layout(FigureSamples.largeGraph(lang), lang));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noEdgePassesBehindAnActorItDoesNotConnect(Language lang) {
        DrawingChecks.noLineCrossesAThirdBox(FigureLayout.layout(FigureSamples.largeGraph(lang), lang), 4);
    }

    @Test
    void everyLabelSitsOnItsOwnBox() {
        Drawing d = FigureLayout.layout(FigureSamples.largeGraph(Language.EN), Language.EN);
        for (Mark.Label l : labels(d)) {
            long holders = boxes(d).stream().filter(b -> contains(rect(b), rect(l))).count();
            assertEquals(1, holders, () -> "label not on exactly one box: " + l);
        }
    }

    @Test
    void theMostDependedOnActorHasTheBiggestAccentBoxWithWhiteText() {
        Drawing d = FigureLayout.layout(FigureSamples.smallGraph(Language.EN), Language.EN);
        Mark.Box biggest = boxes(d).stream().max(Comparator.comparingDouble(b -> b.width() * b.height())).orElseThrow();
        assertEquals(Palette.ACCENT, biggest.fill());
        Mark.Label text = labels(d).stream().filter(l -> contains(rect(biggest), rect(l))).findFirst().orElseThrow();
        assertEquals("Coalition", text.text());
        assertEquals(0xFFFFFF, text.rgb());
    }

    @Test
    void eachEdgeIsOneArrowInItsToneRunningFromTheProviderToTheDependentsBorder() {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("co", "Coalition", 1), new DependencyGraph.Node("sdf", "SDF", 0)),
                List.of(new DependencyGraph.Edge("co", "sdf", "funding", Tone.CRITICAL)));
        Drawing d = FigureLayout.layout(g, Language.EN);
        Mark.Line edge = lines(d).get(0);
        assertEquals(1, lines(d).size());
        assertTrue(edge.arrow());
        assertEquals(Palette.stroke(Tone.CRITICAL), edge.rgb());
        Rect dependent = rect(boxes(d).stream().filter(b -> b.fill() != Palette.ACCENT && b.radius() == 4)
                .findFirst().orElseThrow());
        assertTrue(onBorder(dependent, edge.x2(), edge.y2()), () -> "arrow tip not on the dependent's border: " + edge);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLabelSitsBesideItsOwnArrowInItsColourNotBesideItsTwin(Language lang) {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("co", "Coalition", 2), new DependencyGraph.Node("sdf", "SDF", 1),
                        new DependencyGraph.Node("us", "United States", 0)),
                List.of(new DependencyGraph.Edge("co", "sdf", List.of("funding", "air cover"), Tone.CRITICAL),
                        new DependencyGraph.Edge("sdf", "co", List.of("ground partner"), Tone.MEDIUM),
                        new DependencyGraph.Edge("us", "co", List.of("logistics"), Tone.HIGH)));
        Drawing d = FigureLayout.layout(g, lang);
        for (Tone tone : List.of(Tone.CRITICAL, Tone.MEDIUM, Tone.HIGH)) {
            int rgb = Palette.stroke(tone);
            Mark.Line own = lines(d).stream().filter(l -> l.rgb() == rgb).findFirst().orElseThrow();
            List<Mark.Label> texts = labels(d).stream().filter(l -> l.rgb() == rgb).toList();
            assertTrue(!texts.isEmpty(), "no label in the colour of " + tone);
            for (Mark.Label l : texts) {
                // The label's block (its white box) touches its own arrow's band and lies on no other arrow.
                Rect r = rect(boxes(d).stream().filter(b -> b.radius() == 0 && contains(rect(b), rect(l)))
                        .findFirst().orElseThrow());
                assertTrue(Geometry.crosses(own.x1(), own.y1(), own.x2(), own.y2(), r, 4),
                        () -> "label " + l.text() + " is not beside its arrow " + own);
                for (Mark.Line other : lines(d)) {
                    if (other.rgb() != rgb) {
                        assertTrue(!Geometry.crosses(other.x1(), other.y1(), other.x2(), other.y2(), r, 0),
                                () -> "label " + l.text() + " lies on another arrow " + other);
                    }
                }
            }
        }
    }

    @Test
    void whatAnActorReliesOnIsListedInsideItsBoxAndTheLegendSaysWhichWayArrowsRun() {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("co", "Coalition", 1, "Relies on", List.of("Ithriya base: logistics")),
                        new DependencyGraph.Node("sdf", "SDF", 0)),
                List.of(new DependencyGraph.Edge("co", "sdf", "funding", Tone.CRITICAL)),
                new DependencyGraph.Legend("from the provider to the dependent", "Strength:",
                        List.of(new DependencyGraph.Key(Tone.CRITICAL, "critical"))));
        Drawing d = FigureLayout.layout(g, Language.EN);
        Mark.Box hub = boxes(d).stream().filter(b -> b.fill() == Palette.ACCENT).findFirst().orElseThrow();
        Mark.Label note = labels(d).stream().filter(l -> l.text().equals("Ithriya base: logistics")).findFirst()
                .orElseThrow();
        assertTrue(contains(rect(hub), rect(note)), "the base is listed inside the actor's box");
        assertEquals(2, boxes(d).stream().filter(b -> b.radius() == 4).count(), "only the two actors are nodes");
        Mark.Label legend = labels(d).stream().filter(l -> l.text().equals("from the provider to the dependent"))
                .findFirst().orElseThrow();
        assertTrue(lines(d).stream().anyMatch(l -> l.arrow() && l.rgb() == Palette.MUTED
                && Math.abs(l.y1() - (legend.y() + legend.height() / 2)) < 0.5), "a sample arrow beside the legend");
        assertTrue(labels(d).stream().anyMatch(l -> l.text().equals("critical")));
        DrawingChecks.allInside(d);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBundleDrawsEachKindAsItsOwnParallelArrowAndEachLabelLineInItsArrowsColour(Language lang) {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("co", "Coalition", 3), new DependencyGraph.Node("sdf", "SDF", 1)),
                List.of(new DependencyGraph.Edge("co", "sdf", "funding", Tone.CRITICAL),
                        new DependencyGraph.Edge("co", "sdf", "military capability", Tone.HIGH),
                        new DependencyGraph.Edge("co", "sdf", "intelligence and surveillance", Tone.MEDIUM),
                        new DependencyGraph.Edge("sdf", "co", "ground partner", Tone.HIGH)));
        Drawing d = FigureLayout.layout(g, lang);
        List<Mark.Line> arrows = lines(d).stream().filter(Mark.Line::arrow).filter(l -> l.rgb() != Palette.MUTED)
                .toList();
        assertEquals(4, arrows.size(), "one arrow per kind");
        assertEquals(List.of(Palette.stroke(Tone.CRITICAL), Palette.stroke(Tone.HIGH), Palette.stroke(Tone.MEDIUM),
                Palette.stroke(Tone.HIGH)), arrows.stream().map(Mark.Line::rgb).toList(), "each in its own strength");
        assertTrue(arrows.get(0).width() > arrows.get(1).width() && arrows.get(1).width() > arrows.get(2).width(),
                "a stronger tie is a heavier line, for grey-scale print");
        for (int i = 0; i < arrows.size(); i++) {
            for (int j = i + 1; j < arrows.size(); j++) {
                Mark.Line a = arrows.get(i);
                Mark.Line b = arrows.get(j);
                assertTrue(Math.hypot(a.x2() - b.x2(), a.y2() - b.y2()) >= EdgeRouter.PARALLEL_OFFSET - 0.5
                        || Math.hypot(a.x1() - b.x1(), a.y1() - b.y1()) >= EdgeRouter.PARALLEL_OFFSET - 0.5,
                        "arrows " + i + " and " + j + " lie on one another");
            }
        }
        for (String[] flow : new String[][] {{"funding", "CRITICAL"}, {"ground partner", "HIGH"}}) {
            Mark.Label text = labels(d).stream().filter(l -> l.text().equals(flow[0])).findFirst().orElseThrow();
            assertEquals(Palette.stroke(Tone.valueOf(flow[1])), text.rgb(), flow[0] + " in its arrow's colour");
        }
        DrawingChecks.noBoxesOverlap(boxes(d));
        DrawingChecks.allInside(d);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUndatedArrowIsDashedAndTheLegendSaysWhatDashedMeans(Language lang) {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("co", "Coalition", 2), new DependencyGraph.Node("sdf", "SDF", 0)),
                List.of(new DependencyGraph.Edge("co", "sdf", List.of("funding"), Tone.CRITICAL, false),
                        new DependencyGraph.Edge("co", "sdf", List.of("training (undated)"), Tone.HIGH, true)),
                new DependencyGraph.Legend("from the provider", "Strength:",
                        List.of(new DependencyGraph.Key(Tone.CRITICAL, "critical")), "dashed: undated"));
        // Arabic drawings are mirrored: the mirror must keep the dashes.
        Drawing d = FigureLayout.layout(g, lang);
        Mark.Line dated = lines(d).stream().filter(l -> l.rgb() == Palette.stroke(Tone.CRITICAL)).findFirst()
                .orElseThrow();
        Mark.Line undated = lines(d).stream().filter(l -> l.rgb() == Palette.stroke(Tone.HIGH)).findFirst()
                .orElseThrow();
        assertEquals(0, dated.dash(), "a dated arrow is solid");
        assertTrue(undated.dash() > 0, "an undated arrow is dashed");
        Mark.Label text = labels(d).stream().filter(l -> l.text().equals("dashed: undated")).findFirst().orElseThrow();
        assertTrue(lines(d).stream().anyMatch(l -> l.dash() > 0 && l.rgb() == Palette.MUTED
                && Math.abs(l.y1() - (text.y() + text.height() / 2)) < 0.5), "a dashed sample beside its words");
    }

    @Test
    void anEdgeToAnUnknownActorIsRejected() {
        DependencyGraph g = new DependencyGraph(List.of(new DependencyGraph.Node("sdf", "SDF", 0)),
                List.of(new DependencyGraph.Edge("sdf", "nobody", "financial", Tone.LOW)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureLayout.layout(g, Language.EN));
        assertTrue(e.getMessage().contains("nobody"));
    }

    @Test
    void twoActorsWithOneIdAreRejected() {
        DependencyGraph g = new DependencyGraph(
                List.of(new DependencyGraph.Node("sdf", "SDF", 0), new DependencyGraph.Node("sdf", "Coalition", 1)),
                List.of());
        assertThrows(IllegalArgumentException.class, () -> FigureLayout.layout(g, Language.EN));
    }

    @Test
    void anEmptyGraphIsAnEmptyDrawingOfTheColumnWidth() {
        Drawing d = FigureLayout.layout(new DependencyGraph(List.of(), List.of()), Language.EN);
        assertEquals(480, d.width());
        assertTrue(d.marks().isEmpty());
    }

    @Test
    void theSameGraphGivesAnEqualDrawing() {
        DependencyGraph g = FigureSamples.largeGraph(Language.AR);
        assertEquals(FigureLayout.layout(g, Language.AR), FigureLayout.layout(g, Language.AR));
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() - 0.01 && inner.y() >= outer.y() - 0.01
                && inner.right() <= outer.right() + 0.01 && inner.bottom() <= outer.bottom() + 0.01;
    }

    private static boolean onBorder(Rect r, double x, double y) {
        double tol = 0.5;
        boolean inX = x >= r.x() - tol && x <= r.right() + tol;
        boolean inY = y >= r.y() - tol && y <= r.bottom() + tol;
        boolean onVertical = Math.abs(x - r.x()) < tol || Math.abs(x - r.right()) < tol;
        boolean onHorizontal = Math.abs(y - r.y()) < tol || Math.abs(y - r.bottom()) < tol;
        return inX && inY && (onVertical || onHorizontal);
    }
}
