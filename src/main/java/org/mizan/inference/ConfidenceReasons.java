package org.mizan.inference;

import org.mizan.dossier.Reliability;
import org.mizan.dossier.Text;

/** The sentences that explain a confidence level, in both languages, kept apart from the grading itself. */
final class ConfidenceReasons {

    private static final String LOWERED_EN = "; confidence lowered one step.";
    private static final String LOWERED_AR = "، لذا خُفّضت الثقة درجةً واحدة.";

    private ConfidenceReasons() {
    }

    static Text grades(Reliability reliability, int credibility) {
        return new Text("Weakest grades in the chain: source reliability " + reliability
                + ", information credibility " + credibility + " (Admiralty scale).",
                "أضعف الدرجات في سلسلة الاستدلال: موثوقية المصدر " + reliability
                        + "، ومصداقية المعلومة " + credibility + " (وفق سلّم الأميرالية).");
    }

    static Text independentSources(int count) {
        return new Text("Rests on " + count + " independent sources.",
                "يستند إلى مصادر مستقلة عددها " + count + ".");
    }

    static Text singleSource(Text publisher) {
        return new Text("Rests on a single source (" + publisher.en() + "); one source cannot give high confidence.",
                "يستند إلى مصدر واحد فقط (" + publisher.ar() + ")، ولا يكفي مصدر واحد لبلوغ ثقة عالية.");
    }

    static Text denialAgainstIndicators(Text by, Text about) {
        return new Text("An official denial by " + by.en() + " stands against field indicators on " + about.en()
                + LOWERED_EN,
                "يتعارض نفيٌ رسمي صادر عن " + by.ar() + " مع مؤشرات ميدانية بشأن " + about.ar() + LOWERED_AR);
    }

    static Text hypothesis(String ids) {
        return new Text("Rests on an analyst's hypothesis (" + ids + "), not on reporting" + LOWERED_EN,
                "يستند إلى فرضية وضعها المحلل (" + ids + ") لا إلى معلومات منشورة" + LOWERED_AR);
    }
}
