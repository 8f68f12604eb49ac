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
 * (templates/README.md says so to the analyst who rewords them). Where a count is an object or follows a
 * preposition, {@link #phrase(long, Noun, PageWords, Case)} gives the oblique forms («خطرين»، «اثني عشر خطرًا»،
 * «مئتي خطر»); {@link #ordinal(long, boolean, Case)} writes a rank («العضو التسعين», never «عضوًا تسعين»).
 */
final class ArabicCount {

    /** The case a count stands in: a subject or predicate (nominative), or an object or after a preposition. */
    enum Case {
        NOMINATIVE,
        OBLIQUE
    }

    private static final List<String> ORDINALS_M = List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس",
            "السادس", "السابع", "الثامن", "التاسع", "العاشر");
    private static final List<String> ORDINALS_F = List.of("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
            "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة");
    /** Tens from 20 to 90, nominative; the oblique replaces the final «ون» with «ين». */
    private static final List<String> TENS = List.of("العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون",
            "السبعون", "الثمانون", "التسعون");

    private static final List<String> MASCULINE_NUMERALS = List.of("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
            "تسعة", "عشرة");
    private static final List<String> FEMININE_NUMERALS = List.of("ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع",
            "عشر");

    private ArabicCount() {
    }

    /** The count phrase in the nominative (see the class comment). */
    static String phrase(long n, Noun noun, PageWords digits) {
        return phrase(n, noun, digits, Case.NOMINATIVE);
    }

    /**
     * The count phrase for {@code n} of {@code noun} in {@code grammaticalCase}, numbers in the given digits: only
     * 2, 12 and 200 change with the case («خطران/خطرين»، «اثنا/اثني عشر»، «مئتا/مئتي»).
     */
    static String phrase(long n, Noun noun, PageWords digits, Case grammaticalCase) {
        String nominative = nominative(n, noun, digits);
        if (grammaticalCase == Case.NOMINATIVE) {
            return nominative;
        }
        if (n == 2) {
            return obliqueDual(noun.dual());
        }
        if (n == 12) {
            return nominative.replaceFirst("^اثنا عشر", "اثني عشر").replaceFirst("^اثنتا عشرة", "اثنتي عشرة");
        }
        return n == 200 ? nominative.replaceFirst("^مئتا", "مئتي") : nominative;
    }

    /**
     * A rank as an adjective after its noun, definite: «العضو التسعين», «الدورة الثالثة». 1–10 agree in gender;
     * 11–19 are «الحادي عشر»… (the units in words, «عشر/عشرة» after them); 20–99 «الحادي والعشرون»…, the tens
     * taking the case. Other ranks are written «رقم» and the number in digits.
     */
    static String ordinal(long n, boolean feminine, Case grammaticalCase, PageWords digits) {
        List<String> units = feminine ? ORDINALS_F : ORDINALS_M;
        if (n >= 1 && n <= 10) {
            return units.get((int) n - 1);
        }
        if (n >= 11 && n <= 19) {
            String unit = n == 11 ? (feminine ? "الحادية" : "الحادي") : units.get((int) n - 11);
            return unit + (feminine ? " عشرة" : " عشر");
        }
        if (n >= 20 && n <= 99) {
            String tens = TENS.get((int) n / 10 - 2);
            if (grammaticalCase == Case.OBLIQUE) {
                tens = tens.substring(0, tens.length() - 2) + "ين";
            }
            long unit = n % 10;
            if (unit == 0) {
                return tens;
            }
            String first = unit == 1 ? (feminine ? "الحادية" : "الحادي") : units.get((int) unit - 1);
            return first + " و" + tens;
        }
        return "رقم " + digits.number(n);
    }

    /** «خطران» → «خطرين»; in a construct dual («علاقتا اعتماد») the first word's «ا» → «ي». */
    private static String obliqueDual(String dual) {
        String[] words = dual.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].endsWith("ان")) {
                words[i] = words[i].substring(0, words[i].length() - 2) + "ين";
            } else if (i == 0 && words[i].endsWith("ا")) {
                words[i] = words[i].substring(0, words[i].length() - 1) + "ي";
            }
        }
        return String.join(" ", words);
    }

    private static String nominative(long n, Noun noun, PageWords digits) {
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
