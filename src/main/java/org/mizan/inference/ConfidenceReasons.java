package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Reliability;
import org.mizan.dossier.Text;

/**
 * The short reason for a confidence level, in both languages: the sources, the weakest grades and, when present,
 * the inference or denial that lowered it, as phrases joined into one sentence. Kept apart from the grading.
 */
final class ConfidenceReasons {

    private ConfidenceReasons() {
    }

    static Text oneSource(Text publisher) {
        return new Text("one source (" + publisher.en() + ")", "مصدر واحد (" + publisher.ar() + ")");
    }

    /** Every fact of the chain reported by two independent sources or more. */
    static Text everyFactCorroborated(int facts) {
        return new Text("each of its " + facts + " facts reported by two independent sources",
                "كل واقعة من وقائعه (وعددها " + facts + ") يرويها مصدران مستقلان");
    }

    /** Independent sources in the chain, but some of its facts rest on one of them alone. */
    static Text partlyCorroborated(int sources, long singleSourced, int facts) {
        if (sources == 0) {
            return new Text("no cited source", "لا مصدر موثّق");
        }
        return new Text(sources + " independent sources, but " + singleSourced + " of its " + facts
                + (singleSourced == 1 ? " facts rests on one alone" : " facts rest on one alone"),
                // A count without a counted noun after it, so no number–noun agreement is needed.
                (sources == 2 ? "مصدران مستقلان" : "مصادر مستقلة عددها " + sources) + "، والوقائع المستندة منها إلى مصدر واحد فقط: " + singleSourced
                        + " من " + facts);
    }

    static Text weakest(Reliability reliability, int credibility) {
        return new Text("weakest grade " + reliability + credibility,
                "أضعف درجة " + reliability + credibility);
    }

    static Text inference(String id) {
        return new Text("rests on an analyst's inference (" + id + ")",
                "يستند إلى استنتاج للمحلل (" + id + ")");
    }

    static Text denial(Text by, Text about) {
        return new Text("an official denial by " + by.en() + " stands against the field indicators on " + about.en(),
                "نفيٌ رسمي من " + by.ar() + " يقف في وجه المؤشرات الميدانية بشأن " + about.ar());
    }

    /** The phrases as one short reason: "one source (North Press); weakest grade C3". */
    static Text join(List<Text> phrases) {
        return new Text(String.join("; ", phrases.stream().map(Text::en).toList()),
                String.join("؛ ", phrases.stream().map(Text::ar).toList()));
    }
}
