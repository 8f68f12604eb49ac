package org.mizan.render;

import java.time.Instant;
import java.util.List;

import org.mizan.brief.Brief;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.DependencyGraph;
import org.mizan.brief.Figure;
import org.mizan.brief.Link;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.RiskMatrix;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;

/** Small briefs built in code that exercise every kind of block, for renderer tests in both languages. */
public final class SampleBriefs {

    private SampleBriefs() {
    }

    public static Brief english() {
        return brief(Language.EN, new Words("Coalition in Syria: dependencies and risks", "OPEN SOURCE — FOR ANALYSIS",
                "Bottom line", "The SDF relies on the coalition for funding; a drawdown would strain salaries.",
                "Dependencies", "Risks", "Sources and evidence", "Dependent", "Provider", "Kind",
                "SDF", "Coalition", "financial", "Risk", "Rating", "Why we judge this",
                "R1 Coalition drawdown strains SDF salaries", "High", "see evidence F1",
                "Fact", "Grade", "Excerpt", "F1 coalition funds the SDF", "A2",
                "تمويل سنوي بمئات الملايين من الدولارات", "Likelihood", "Impact",
                List.of("almost certain", "very likely", "likely", "roughly even", "unlikely", "very unlikely",
                        "almost no chance"),
                List.of("minor", "moderate", "significant", "major", "severe"), "Figure 1. Who depends on whom",
                "Figure 2. Likelihood × impact"));
    }

    public static Brief arabic() {
        return brief(Language.AR, new Words("التحالف في سوريا: التبعيات والمخاطر", "مصادر مفتوحة — للتحليل",
                "الخلاصة", "تعتمد قسد على التحالف في التمويل؛ وأي انسحاب سيضغط على الرواتب.",
                "التبعيات", "المخاطر", "المصادر والأدلة", "التابع", "المزوّد", "النوع",
                "قسد", "التحالف", "مالي", "الخطر", "التصنيف", "لماذا نحكم بذلك",
                "خ1 انسحاب التحالف يضغط على رواتب قسد", "مرتفع", "انظر الدليل و1",
                "الواقعة", "الدرجة", "المقتطف", "و1 التحالف يموّل قسد", "A2",
                "تمويل سنوي بمئات الملايين من الدولارات", "الاحتمال", "الأثر",
                List.of("شبه مؤكد", "مرجّح جدًا", "مرجّح", "متكافئ", "مستبعد", "مستبعد جدًا", "شبه مستحيل"),
                List.of("طفيف", "متوسط", "ملموس", "كبير", "جسيم"), "الشكل 1. من يعتمد على من",
                "الشكل 2. الاحتمال × الأثر"));
    }

    private record Words(String title, String marking, String bluf, String blufText, String deps, String risks,
                         String sources, String dependent, String provider, String kind, String sdf,
                         String coalition, String financial, String risk, String rating, String why,
                         String riskTitle, String high, String seeEvidence, String fact, String grade,
                         String excerpt, String factText, String gradeValue, String excerptText,
                         String likelihood, String impact, List<String> rows, List<String> columns,
                         String graphCaption, String matrixCaption) {
    }

    private static Brief brief(Language lang, Words w) {
        Metadata meta = new Metadata(lang, w.title(), "North Press, 10 Nov 2025", w.marking(), "Mizan",
                w.title(), List.of("Syria", "SDF"), Instant.parse("2025-11-10T00:00:00Z"), "sample-" + lang.code());
        Section bluf = new Section("bluf", w.bluf(), 1,
                List.of(Paragraph.of(ParagraphRole.LEAD, Span.plain(w.blufText()))), List.of());
        DependencyGraph graph = new DependencyGraph(
                List.of(new DependencyGraph.Node("sdf", w.sdf(), 0), new DependencyGraph.Node("coalition", w.coalition(), 3)),
                List.of(new DependencyGraph.Edge("sdf", "coalition", w.financial(), Tone.HIGH)));
        Table depTable = new Table("dependencies-table", w.deps(), List.of(1.0, 1.0, 1.0),
                List.of(Cell.text(w.dependent()), Cell.text(w.provider()), Cell.text(w.kind())),
                List.of(List.of(Cell.text(w.sdf()), Cell.text(w.coalition()), Cell.text(w.financial()))));
        Section deps = new Section("dependencies", w.deps(), 1,
                List.of(new Figure("figure-graph", w.graphCaption(), w.graphCaption(), graph), depTable), List.of());
        List<List<Tone>> tones = w.rows().stream().map(r -> w.columns().stream().map(c -> Tone.MEDIUM).toList()).toList();
        RiskMatrix matrix = new RiskMatrix(w.likelihood(), w.impact(), w.rows(), w.columns(), tones,
                List.of(new RiskMatrix.Entry("R1", 1, 3, "risk-r1")));
        Cell why = new Cell(null, Tone.NEUTRAL, List.of(new Paragraph(null, ParagraphRole.SMALL,
                List.of(new Link(w.seeEvidence(), "evidence-f1")))));
        Table riskTable = new Table("risks-table", w.risks(), List.of(3.0, 1.0, 2.0),
                List.of(Cell.text(w.risk()), Cell.text(w.rating()), Cell.text(w.why())),
                List.of(List.of(new Cell("risk-r1", Tone.NEUTRAL, List.of(Paragraph.body(w.riskTitle()))),
                        new Cell(null, Tone.HIGH, List.of(Paragraph.body(w.high()))), why)));
        Section risks = new Section("risks", w.risks(), 1,
                List.of(new Figure("figure-matrix", w.matrixCaption(), w.matrixCaption(), matrix), riskTable,
                        new BulletList(false, List.of(Paragraph.body(w.blufText())))), List.of());
        Table evidence = new Table("evidence-table", w.sources(), List.of(2.0, 1.0, 3.0),
                List.of(Cell.text(w.fact()), Cell.text(w.grade()), Cell.text(w.excerpt())),
                List.of(List.of(new Cell("evidence-f1", Tone.NEUTRAL, List.of(Paragraph.body(w.factText()))),
                        Cell.text(w.gradeValue()), Cell.text(w.excerptText()))));
        Section sources = new Section("sources", w.sources(), 1, List.of(evidence), List.of());
        return new Brief(meta, List.of(bluf, deps, risks, sources));
    }
}
