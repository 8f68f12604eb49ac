package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Arabic number–noun agreement over each range an editor checks: 1, 2, 3–10, 11–99, 100 and above. */
class ArabicCountTest {

    private static final Noun RISK = Noun.parse("خطر|خطران|مخاطر|خطرًا|m");
    private static final Noun DEPENDENCY = Noun.parse("علاقة اعتماد|علاقتا اعتماد|علاقات اعتماد|علاقة اعتماد|f");
    private static final PageWords ARABIC = new PageWords("صفحة {x} من {y}",
            PageWords.ARABIC_INDIC_DIGITS);

    private static String count(long n, Noun noun) {
        return ArabicCount.phrase(n, noun, ARABIC);
    }

    @Test
    void oneFollowsTheNounAndAgreesWithIt() {
        assertEquals("خطر واحد", count(1, RISK));
        assertEquals("علاقة اعتماد واحدة", count(1, DEPENDENCY));
    }

    @Test
    void twoIsTheDual() {
        assertEquals("خطران", count(2, RISK));
        assertEquals("علاقتا اعتماد", count(2, DEPENDENCY));
    }

    @Test
    void threeToTenTakeTheOppositeGenderAndAPlural() {
        assertEquals("ثلاثة مخاطر", count(3, RISK));
        assertEquals("عشرة مخاطر", count(10, RISK));
        assertEquals("ثلاث علاقات اعتماد", count(3, DEPENDENCY));
        assertEquals("ثماني علاقات اعتماد", count(8, DEPENDENCY));
    }

    @Test
    void elevenToNinetyNineTakeAnAccusativeSingular() {
        assertEquals("أحد عشر خطرًا", count(11, RISK));
        assertEquals("اثنا عشر خطرًا", count(12, RISK));
        assertEquals("اثنتا عشرة علاقة اعتماد", count(12, DEPENDENCY));
        assertEquals("١٤ علاقة اعتماد", count(14, DEPENDENCY));
        assertEquals("٧٥ خطرًا", count(75, RISK));
        assertEquals("٩٩ خطرًا", count(99, RISK));
    }

    @Test
    void aHundredAndAboveAgreeWithTheLastTwoDigits() {
        assertEquals("مئة خطر", count(100, RISK));
        assertEquals("مئتا خطر", count(200, RISK));
        assertEquals("١٠٢ خطر", count(102, RISK));
        assertEquals("١٠٥ مخاطر", count(105, RISK));
        assertEquals("١١٤ خطرًا", count(114, RISK));
        assertEquals("٣٠٠ خطر", count(300, RISK));
    }

    @Test
    void nounsAreWrittenInLabelsWithTheirFormsAndGender() {
        assertEquals(new Noun("risk", "risks", "risks", "risk", false), Noun.parse("risk|risks"));
        assertEquals(false, Noun.valid("خطر|خطران|مخاطر|خطرًا"));
        assertEquals(false, Noun.valid("خطر|خطران|مخاطر|خطرًا|x"));
    }

    @Test
    void asAnObjectOrAfterAPrepositionTwoTwelveAndTwoHundredTakeTheObliqueCase() {
        ArabicCount.Case oblique = ArabicCount.Case.OBLIQUE;
        assertEquals("خطرين", ArabicCount.phrase(2, RISK, ARABIC, oblique));
        assertEquals("علاقتي اعتماد", ArabicCount.phrase(2, DEPENDENCY, ARABIC, oblique));
        assertEquals("حدثين مشروطين", ArabicCount.phrase(2,
                Noun.parse("حدث مشروط|حدثان مشروطان|أحداث مشروطة|حدثًا مشروطًا|m"), ARABIC, oblique));
        assertEquals("اثني عشر خطرًا", ArabicCount.phrase(12, RISK, ARABIC, oblique));
        assertEquals("اثنتي عشرة علاقة اعتماد", ArabicCount.phrase(12, DEPENDENCY, ARABIC, oblique));
        assertEquals("مئتي خطر", ArabicCount.phrase(200, RISK, ARABIC, oblique));
        assertEquals("ثلاثة مخاطر", ArabicCount.phrase(3, RISK, ARABIC, oblique), "3–10 do not change");
        assertEquals("اثنا عشر خطرًا", count(12, RISK), "the nominative is unchanged");
    }

    @Test
    void ranksAreOrdinalsAfterTheNounNeverACardinalWithAnAccusative() {
        ArabicCount.Case nominative = ArabicCount.Case.NOMINATIVE;
        ArabicCount.Case oblique = ArabicCount.Case.OBLIQUE;
        assertEquals("التسعين", ArabicCount.ordinal(90, false, oblique, ARABIC), "«بوصفها العضو التسعين»");
        assertEquals("التسعون", ArabicCount.ordinal(90, false, nominative, ARABIC));
        assertEquals("الثالثة", ArabicCount.ordinal(3, true, nominative, ARABIC));
        assertEquals("الأول", ArabicCount.ordinal(1, false, nominative, ARABIC));
        assertEquals("الحادي عشر", ArabicCount.ordinal(11, false, nominative, ARABIC));
        assertEquals("الثانية عشرة", ArabicCount.ordinal(12, true, nominative, ARABIC));
        assertEquals("الحادي والعشرين", ArabicCount.ordinal(21, false, oblique, ARABIC));
        assertEquals("رقم ١٢٠", ArabicCount.ordinal(120, false, nominative, ARABIC));
    }
}
