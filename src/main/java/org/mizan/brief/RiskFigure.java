package org.mizan.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.RiskJudgment;

/** The likelihood x impact matrix: rows from almost certain down, columns from minor up. */
final class RiskFigure {

    private static final Likelihood[] LIKELIHOODS = Likelihood.values();
    private static final Impact[] IMPACTS = Impact.values();

    private RiskFigure() {
    }

    static Figure build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < LIKELIHOODS.length; r++) {
            rows.add(w.word(likelihoodAt(r)));
        }
        List<String> columns = List.of(IMPACTS).stream().map(w::word).toList();
        // Only risks (events with a horizon) have a place on the matrix: a vulnerability has no likelihood, and a
        // contingency's is conditional on a trigger the matrix cannot show.
        List<RiskJudgment> onMatrix = ctx.risks().stream().filter(RiskJudgment::onMatrix).toList();
        List<RiskMatrix.Entry> entries = onMatrix.stream().map(risk -> new RiskMatrix.Entry(
                ctx.label(risk.id()), row(risk.likelihood()), risk.impact().ordinal(),
                Anchors.risk(risk.id()))).toList();
        RiskMatrix matrix = new RiskMatrix(w.label("axis.likelihood"), w.label("axis.impact"), rows, columns,
                tones(onMatrix), entries);
        return new Figure(Anchors.RISK_FIGURE, w.label("caption.matrix"), w.label("alt.matrix"), matrix);
    }

    static int row(Likelihood likelihood) {
        return LIKELIHOODS.length - 1 - likelihood.ordinal();
    }

    private static Likelihood likelihoodAt(int row) {
        return LIKELIHOODS[LIKELIHOODS.length - 1 - row];
    }

    private static List<List<Tone>> tones(List<RiskJudgment> risks) {
        List<List<Tone>> tones = new ArrayList<>();
        for (int r = 0; r < LIKELIHOODS.length; r++) {
            List<Tone> row = new ArrayList<>();
            for (Impact impact : IMPACTS) {
                row.add(tone(risks, likelihoodAt(r), impact));
            }
            tones.add(row);
        }
        return tones;
    }

    private static Tone tone(List<RiskJudgment> risks, Likelihood likelihood, Impact impact) {
        return risks.stream().filter(r -> r.likelihood() == likelihood && r.impact() == impact)
                .map(RiskJudgment::rating).max(Comparator.naturalOrder()).map(Inlines::tone)
                .orElseGet(() -> Inlines.band(likelihood.ordinal() + 1, impact));
    }
}
