package org.mizan.inference;

import org.mizan.dossier.Text;

/**
 * How "why we judge this" names an observed signpost: the step it took and the fact that shows it, in both
 * languages, in the words of the catalogue's adjustments ("Raised one step: ...").
 */
final class ObservedWording {

    private static final String[] EN_STEPS = {"one step", "two steps", "three steps"};
    private static final String[] AR_STEPS = {"درجةً واحدة", "درجتين", "ثلاث درجات"};

    private ObservedWording() {
    }

    /** The step of {@code o} on a likelihood ({@code likelihood}) or on a condition's strength. */
    static Text step(Observation o, boolean likelihood, Names names) {
        Text fact = names.of(o.fact());
        if (o.settles()) {
            return new Text("Settled: the event this judgment forecasts is reported (" + fact.en() + ").",
                    "حُسم: ورد في المصادر وقوع ما يتوقعه هذا التقدير (" + fact.ar() + ").");
        }
        String en = (likelihood ? (o.steps() > 0 ? "Raised " : "Lowered ")
                : (o.steps() > 0 ? "Firmer by " : "Looser by ")) + EN_STEPS[Math.min(2, Math.abs(o.steps()) - 1)]
                + ": observed, ";
        String ar = (likelihood ? (o.steps() > 0 ? "رُفع " : "خُفّض ")
                : (o.steps() > 0 ? "اشتدّ " : "خفّ ")) + AR_STEPS[Math.min(2, Math.abs(o.steps()) - 1)] + ": رُصد مؤشر ";
        return new Text(en + what(o.indicator().en()) + " (" + fact.en() + ").",
                ar + "«" + what(o.indicator().ar()) + "» (" + fact.ar() + ").");
    }

    /** The indicator without its direction ("Would raise it: ") and its closing stop. */
    static String what(String indicator) {
        int colon = indicator.indexOf(": ");
        String w = colon < 0 ? indicator : indicator.substring(colon + 2);
        return w.strip().replaceAll("[.]$", "");
    }
}
