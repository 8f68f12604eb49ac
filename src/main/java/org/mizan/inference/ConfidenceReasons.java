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

    static Text sources(int count) {
        return count == 0 ? new Text("no cited source", "لا مصدر موثّق")
                : new Text(count + " independent sources", "مصادر مستقلة عددها " + count);
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
