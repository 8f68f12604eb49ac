package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;

/** The front end after the key judgments: signposts by judgment and direction; sources with their vantage point. */
class FrontSectionsTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    @Test
    void signpostsOfOneJudgmentAreGroupedUnderTheirDirectionOnce() {
        Wording en = templates.wording(Language.EN);
        assertEquals("Would raise it: delays in salary payments; clashes in Deir ez-Zor. Would lower it: a new "
                        + "funding line.",
                FrontSections.byDirection(en, List.of("Would raise it: delays in salary payments",
                        "Would lower it: a new funding line.", "Would raise it: clashes in Deir ez-Zor")));
        Wording ar = templates.wording(Language.AR);
        assertEquals("مؤشر ارتفاع: تأخر الرواتب؛ اشتباكات.", FrontSections.byDirection(ar,
                List.of("مؤشر ارتفاع: تأخر الرواتب", "مؤشر ارتفاع: اشتباكات")));
    }

    @Test
    void nearMissASignpostWithoutADirectionStandsAlone() {
        assertEquals("Watch the border.", FrontSections.byDirection(templates.wording(Language.EN),
                List.of("Watch the border")));
    }

    @Test
    void eachKeyJudgmentHasOneSignpostItemAtMost() {
        Section s = FrontSections.signposts(BriefContext.of(SampleInput.input(), templates.wording(Language.EN)))
                .orElseThrow();
        BulletList list = (BulletList) s.blocks().get(0);
        List<String> labels = list.items().stream().map(p -> p.plainText().substring(0, p.plainText().indexOf(':')))
                .toList();
        assertEquals(labels.stream().distinct().toList(), labels, "a label repeated: " + labels);
        assertTrue(!labels.isEmpty());
    }
}
