package org.mizan.brief;

import java.util.List;

import org.mizan.dossier.Source;
import org.mizan.dossier.Text;
import org.mizan.inference.Observation;
import org.mizan.inference.RiskJudgment;

/**
 * How the brief lists a signpost the dossier shows: under "observed", with the fact that shows it, its date and
 * its source, rather than among what to watch for; and when a judgment's forecast event is itself reported.
 */
final class ObservedSignposts {

    private ObservedSignposts() {
    }

    /**
     * "Observed: clashes or arrests … — Six days of fighting in Aleppo (January 2026, The New Region)", one per
     * observed indicator of {@code r} (the "settledBy" pattern is said in the judgment itself).
     */
    static List<String> lines(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        return r.observed().stream().filter(o -> o.indicator() != null).map(o -> w.label("signpost.observed")
                + ": " + what(w.prose(o.indicator())) + " — " + seen(ctx, o)).toList();
    }

    /** The same lines as texts in the brief's language, for the annex's per-judgment lists. */
    static List<Text> texts(BriefContext ctx, RiskJudgment r) {
        return lines(ctx, r).stream().map(s -> new Text(s, s)).toList();
    }

    /** "Six days of fighting in Aleppo (January 2026, The New Region)": the newest fact that shows it. */
    static String seen(BriefContext ctx, Observation o) {
        Wording w = ctx.wording();
        String source = ctx.input().dossier().source(o.source()).map(Source::publisher).map(w::prose)
                .orElse(o.source() == null ? "" : o.source());
        String when = o.date() == null ? "" : w.partialDate(o.date());
        String where = source.isBlank() ? when : when + w.label("list.separator") + source;
        return ctx.names().of(o.fact()) + (where.isBlank() ? "" : " (" + where + ")");
    }

    /** The observation that settles {@code r}, if its forecast event is reported. */
    static java.util.Optional<Observation> settling(RiskJudgment r) {
        return r.observed().stream().filter(Observation::settles).findFirst();
    }

    private static String what(String indicator) {
        int colon = indicator.indexOf(": ");
        return (colon < 0 ? indicator : indicator.substring(colon + 2)).strip().replaceAll("[.]$", "");
    }
}
