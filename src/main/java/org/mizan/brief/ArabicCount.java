package org.mizan.brief;

import java.util.List;

/**
 * Arabic number–noun agreement, as an editor applies it: 1 and 2 follow the noun («خطر واحد»، «خطران»); 3–10 are
 * written in words with the opposite gender and a plural noun («ثلاثة مخاطر»، «ثلاث علاقات»); 11 and 12 in words
 * with an accusative singular («اثنا عشر خطرًا»); 13–99 in digits with an accusative singular («١٤ علاقة اعتماد»);
 * 100 and 200 in words with a genitive singular («مئة خطر»، «مئتا خطر»), and other numbers from 100 on in digits,
 * the noun agreeing with the last two digits (a round hundred or 1–2: singular; 3–10: plural; 11–99: accusative).
 * Nominative throughout, so the Arabic templates place every count where Arabic puts a nominative: as a subject
 * («ويقوم ثلاث منها…»), a predicate after a colon («الأحداث التي تؤرّخها المصادر: اثنا عشر حدثًا») or after
 * «وعددها». Never as an object or after a preposition, where 2, 12 and 200 would need «ـين»، «اثني»، «مئتي»
 * (templates/README.md says so to the analyst who rewords them).
 */
final class ArabicCount {

    private static final List<String> MASCULINE_NUMERALS = List.of("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
            "تسعة", "عشرة");
    private static final List<String> FEMININE_NUMERALS = List.of("ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع",
            "عشر");

    private ArabicCount() {
    }

    /** The count phrase for {@code n} of {@code noun}, numbers in the given digits ("٠١٢٣٤٥٦٧٨٩"). */
    static String phrase(long n, Noun noun, PageWords digits) {
        if (n == 0) {
            return "لا " + noun.plural();
        }
        if (n == 1) {
            return noun.singular() + (noun.feminine() ? " واحدة" : " واحد");
        }
        if (n == 2) {
            return noun.dual();
        }
        if (n <= 10) {
            // The numeral takes the gender opposite to the noun's singular: masculine noun, «ة» on the numeral.
            List<String> words = noun.feminine() ? FEMININE_NUMERALS : MASCULINE_NUMERALS;
            return words.get((int) n - 3) + " " + noun.plural();
        }
        if (n == 11) {
            return (noun.feminine() ? "إحدى عشرة " : "أحد عشر ") + noun.accusative();
        }
        if (n == 12) {
            return (noun.feminine() ? "اثنتا عشرة " : "اثنا عشر ") + noun.accusative();
        }
        if (n == 100) {
            return "مئة " + noun.singular();
        }
        if (n == 200) {
            return "مئتا " + noun.singular();
        }
        return digits.number(n) + " " + afterDigits(n, noun);
    }

    /** After a number in digits, the noun agrees with the number's last two digits. */
    private static String afterDigits(long n, Noun noun) {
        long lastTwo = n % 100;
        if (n < 100 || lastTwo >= 11) {
            return noun.accusative();
        }
        return lastTwo >= 3 ? noun.plural() : noun.singular();
    }
}
