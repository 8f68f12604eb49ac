package org.mizan.render.figure;

import static org.mizan.render.figure.DrawingChecks.boxes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.brief.DependencyGraph;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;

@DisplayName("Dependency graph layout on graphs of every size up to a dozen actors")
class GraphLayoutRobustnessTest {

    private static final String[] NAMES = {"Coalition", "SDF", "Transitional government", "United States",
        "Oil fields", "Turkey", "Russia", "Iraqi Kurdistan", "Local councils", "Tribal leaders", "Iran",
        "United Nations"};
    private static final String[] KINDS = {"financial", "military capability", "intelligence", "diplomatic",
        "financial, military capability, intelligence", "energy", "protection"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
        27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void noOverlapNothingOutsideNothingCut(int seed) {
        DependencyGraph g = random(new Random(seed), 1 + seed % 12, seed < 10 ? seed + 2 : 15);
        for (Language lang : Language.values()) {
            Drawing d = FigureLayout.layout(g, lang);
            DrawingChecks.allInside(d);
            DrawingChecks.noBoxesOverlap(boxes(d));
            DrawingChecks.labelsLegibleAndUncut(d);
            DrawingChecks.noLineCrossesAThirdBox(d, 4);
            DrawingChecks.noArrowHeadHidden(d, 4);
        }
    }

    static DependencyGraph random(Random r, int actors, int edgeCount) {
        List<DependencyGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            nodes.add(new DependencyGraph.Node("a" + i, NAMES[i], r.nextInt(5)));
        }
        List<DependencyGraph.Edge> edges = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < edgeCount * 3 && edges.size() < edgeCount && actors > 1; i++) {
            int a = r.nextInt(actors);
            int b = r.nextInt(actors);
            if (a != b && !seen.contains(a + ">" + b)) {
                seen.add(a + ">" + b);
                edges.add(new DependencyGraph.Edge("a" + a, "a" + b, KINDS[r.nextInt(KINDS.length)],
                        Tone.values()[r.nextInt(Tone.values().length)]));
            }
        }
        return new DependencyGraph(nodes, edges);
    }
}
