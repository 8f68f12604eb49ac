package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.DependencyGraph;
import org.mizan.brief.DependencyGraph.Edge;
import org.mizan.brief.DependencyGraph.Node;
import org.mizan.brief.RiskMatrix;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;

/** Realistic diagrams in both languages, sized like a real brief's, for layout and painting tests. */
final class FigureSamples {

    private FigureSamples() {
    }

    static DependencyGraph smallGraph(Language lang) {
        boolean ar = lang.rightToLeft();
        return new DependencyGraph(List.of(
                new Node("sdf", ar ? "قوات سوريا الديمقراطية (قسد)" : "SDF", 1),
                new Node("coalition", ar ? "التحالف الدولي" : "Coalition", 3),
                new Node("gov", ar ? "الحكومة السورية الانتقالية" : "Transitional government", 0),
                new Node("oil", ar ? "حقول النفط" : "Oil fields", 0)),
                List.of(new Edge("sdf", "coalition", ar ? "مالي، قدرات عسكرية، استخبارات"
                                : "financial, military capability, intelligence", Tone.HIGH),
                        new Edge("gov", "coalition", ar ? "دبلوماسي" : "diplomatic", Tone.MEDIUM),
                        new Edge("gov", "oil", ar ? "مالي" : "financial", Tone.LOW),
                        new Edge("oil", "sdf", ar ? "حماية" : "protection", Tone.NEUTRAL),
                        new Edge("sdf", "oil", ar ? "مالي" : "financial", Tone.CRITICAL)));
    }

    /** Ten actors and fifteen edges: the most a brief's figure is expected to carry. */
    static DependencyGraph largeGraph(Language lang) {
        boolean ar = lang.rightToLeft();
        String[] en = {"Coalition", "SDF", "Transitional government", "United States", "Oil fields", "Turkey",
            "Russia", "Iraqi Kurdistan", "Local councils", "Tribal leaders"};
        String[] arabic = {"التحالف الدولي", "قوات سوريا الديمقراطية (قسد)", "الحكومة السورية الانتقالية",
            "الولايات المتحدة", "حقول النفط", "تركيا", "روسيا", "إقليم كردستان العراق", "المجالس المحلية",
            "زعماء العشائر"};
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < en.length; i++) {
            nodes.add(new Node("a" + i, ar ? arabic[i] : en[i], i == 3 ? 6 : i % 3));
        }
        int[][] pairs = {{0, 3}, {1, 3}, {1, 0}, {2, 3}, {4, 1}, {1, 4}, {5, 6}, {6, 2}, {7, 3}, {8, 1}, {9, 1},
            {9, 4}, {2, 4}, {5, 3}, {8, 2}};
        String[] kinds = {"financial", "military capability, intelligence", "financial, military capability",
            "diplomatic", "protection", "financial", "energy", "military capability", "financial, diplomatic",
            "financial", "security", "financial", "energy", "diplomatic", "services"};
        String[] kindsAr = {"مالي", "قدرات عسكرية، استخبارات", "مالي، قدرات عسكرية", "دبلوماسي", "حماية", "مالي",
            "طاقة", "قدرات عسكرية", "مالي، دبلوماسي", "مالي", "أمني", "مالي", "طاقة", "دبلوماسي", "خدمات"};
        List<Edge> edges = new ArrayList<>();
        Tone[] tones = Tone.values();
        for (int i = 0; i < pairs.length; i++) {
            edges.add(new Edge("a" + pairs[i][0], "a" + pairs[i][1], ar ? kindsAr[i] : kinds[i],
                    tones[i % tones.length]));
        }
        return new DependencyGraph(nodes, edges);
    }

    static RiskMatrix matrix(Language lang) {
        boolean ar = lang.rightToLeft();
        List<String> rows = ar
                ? List.of("شبه مؤكد", "مرجّح جدًا", "مرجّح", "متكافئ", "مستبعد", "مستبعد جدًا", "شبه مستحيل")
                : List.of("almost certain", "very likely", "likely", "roughly even chance", "unlikely",
                        "very unlikely", "almost no chance");
        List<String> cols = ar ? List.of("طفيف", "متوسط", "ملموس", "كبير", "جسيم")
                : List.of("minor", "moderate", "significant", "major", "severe");
        List<List<Tone>> tones = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Tone> row = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                int score = (rows.size() - 1 - r) + c;
                row.add(score >= 8 ? Tone.CRITICAL : score >= 6 ? Tone.HIGH : score >= 3 ? Tone.MEDIUM : Tone.LOW);
            }
            tones.add(row);
        }
        String p = ar ? "خ" : "R";
        List<RiskMatrix.Entry> entries = new ArrayList<>();
        int[][] cells = {{1, 3}, {1, 3}, {2, 4}, {4, 1}, {1, 3}, {1, 3}, {1, 3}, {1, 3}, {6, 0}};
        for (int i = 0; i < cells.length; i++) {
            entries.add(new RiskMatrix.Entry(p + (i + 1), cells[i][0], cells[i][1], "risk-r" + (i + 1)));
        }
        return new RiskMatrix(ar ? "الاحتمال" : "Likelihood", ar ? "الأثر" : "Impact", rows, cols, tones, entries);
    }
}
