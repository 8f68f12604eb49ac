package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mizan.compare.SinceDiff;
import org.mizan.dossier.Language;
import org.mizan.dossier.Text;
import org.mizan.inference.RiskJudgment;

/**
 * A brief made since an earlier one: the front end says what moved and why, and the labels a reader cites keep the
 * numbers the earlier brief gave them.
 */
class SinceSectionTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    /** The gravest judgment of the sample, shown first (the sample's judgments share a type and parties). */
    private static RiskJudgment drawdown(BriefInput input) {
        return input.findings().risks().stream().filter(r -> r.id().equals("risk-single-patron")).findFirst()
                .orElseThrow();
    }

    private static ObjectNode judged(String likelihood) {
        return new ObjectMapper().createObjectNode().put("likelihood", likelihood);
    }

    private static BriefInput since(SinceDiff diff, Numbering earlier) {
        return SampleInput.input().since(new Since(diff, earlier), null);
    }

    @Test
    void labelsKeepTheirEarlierNumbersAndNewOnesTakeTheNext() {
        BriefInput plain = SampleInput.input();
        String drawdownKey = Numbering.key(drawdown(plain));
        Numbering earlier = new Numbering(Map.of(drawdownKey, 4), Map.of(), Map.of("event-raqqa", 7, "gone", 9));

        BriefContext ctx = BriefContext.of(since(new SinceDiff("2025-11-11", List.of()), earlier),
                templates.wording(Language.EN));

        assertEquals("R4", ctx.label("risk-single-patron"));
        assertEquals("E7", ctx.label("event-raqqa"));
        // Numbers after the highest the earlier brief gave (9, though its fact is gone): none given again.
        List<String> others = ctx.evidence().stream().filter(f -> !f.id().equals("event-raqqa"))
                .map(f -> ctx.label(f.id())).toList();
        assertTrue(others.stream().allMatch(l -> Integer.parseInt(l.substring(1)) >= 10), others.toString());
        Numbering now = Numbering.of(since(new SinceDiff("2025-11-11", List.of()), earlier));
        assertEquals(9, now.evidence().get("gone"), "a retired number is passed on, so it is never reused");
    }

    @Test
    void nearMissABriefMadeOnItsOwnNumbersInTheOrderItShows() {
        BriefContext ctx = BriefContext.of(SampleInput.input(), templates.wording(Language.EN));
        List<String> labels = ctx.evidence().stream().map(f -> ctx.label(f.id())).toList();
        assertEquals("E1", labels.get(0));
        assertEquals("E" + labels.size(), labels.get(labels.size() - 1));
    }

    @Test
    void thePassageSaysWhatMovedFromWhatToWhatAndTheFactThatMovedIt() {
        BriefInput plain = SampleInput.input();
        RiskJudgment drawdown = drawdown(plain);
        SinceDiff diff = new SinceDiff("2025-11-11", List.of(new SinceDiff.Change(SinceDiff.Kind.RAISED,
                Numbering.key(drawdown), drawdown.title(), "unlikely", "likely", List.of(),
                List.of("support-funding"), judged("unlikely"), judged("likely"))));
        BriefInput input = since(diff, Numbering.NONE);

        BriefContext en = BriefContext.of(input, templates.wording(Language.EN));
        Section passage = SinceSection.build(en).orElseThrow();

        assertEquals("Since our brief of 11 November 2025", passage.title());
        String item = ((BulletList) passage.blocks().get(1)).items().get(0).plainText();
        assertEquals("Raised: R1 SDF relies on one patron: unlikely → likely."
                + " Because of: " + en.label("support-funding") + " Annual funding for salaries.", item);

        BriefContext ar = BriefContext.of(input, templates.wording(Language.AR));
        String arItem = ((BulletList) SinceSection.build(ar).orElseThrow().blocks().get(1)).items().get(0)
                .plainText();
        assertTrue(arItem.startsWith("رُفع: "), arItem);
        assertTrue(arItem.contains("مستبعد ← مرجّح"), arItem);
        assertTrue(arItem.contains("تمويل سنوي للرواتب"), arItem);
    }

    @Test
    void nearMissNothingMovedIsSaidAndABriefMadeOnItsOwnHasNoPassage() {
        BriefContext moved = BriefContext.of(since(new SinceDiff("2025-11-11", List.of()), Numbering.NONE),
                templates.wording(Language.EN));
        assertEquals("No judgment moved: what was reported since then leaves every judgment where it was.",
                ((Paragraph) SinceSection.build(moved).orElseThrow().blocks().get(0)).plainText());
        assertTrue(SinceSection.build(BriefContext.of(SampleInput.input(), templates.wording(Language.EN)))
                .isEmpty());
    }

    @Test
    void aRetiredJudgmentIsNamedByItsEarlierLabel() {
        SinceDiff diff = new SinceDiff("2025-11-11", List.of(new SinceDiff.Change(SinceDiff.Kind.RETIRED,
                "gone-type (sdf → government)", new Text("A judgment no longer made", "تقدير لم يعد قائماً"),
                "likely", "", List.of(), List.of(), judged("likely"), null)));
        BriefContext ctx = BriefContext.of(since(diff, new Numbering(Map.of("gone-type (sdf → government)", 5),
                Map.of(), Map.of())), templates.wording(Language.EN));
        String item = ((BulletList) SinceSection.build(ctx).orElseThrow().blocks().get(1)).items().get(0).plainText();
        assertEquals("Retired: R5 A judgment no longer made: likely.", item);
    }
}
