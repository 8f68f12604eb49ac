package org.mizan.brief;

/**
 * The words renderers set around the content: the running page label, in the brief's language. {@code pageOf} holds the placeholders {x} and {y}; {@code digits} are the ten digits 0-9 as the
 * brief writes them (Arabic-Indic in the Arabic brief), so page numbers match the numbers in the text.
 */
public record PageWords(String pageOf, String digits) {

    public static final String WESTERN_DIGITS = "0123456789";
    public static final String ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

    public PageWords {
        if (digits.codePointCount(0, digits.length()) != 10) {
            throw new IllegalArgumentException("digits must hold ten digits, 0 to 9: \"" + digits + "\"");
        }
    }

    /** The default words for a language, for briefs built in code without templates. */
    public static PageWords defaults(org.mizan.dossier.Language language) {
        return language == org.mizan.dossier.Language.AR
                ? new PageWords("صفحة {x} من {y}", ARABIC_INDIC_DIGITS)
                : new PageWords("Page {x} of {y}", WESTERN_DIGITS);
    }

    /** "Page 3 of 12", or "صفحة ٣ من ١٢". */
    public String format(int page, int pages) {
        return pageOf.replace("{x}", number(page)).replace("{y}", number(pages));
    }

    /** A whole number written in this brief's digits. */
    public String number(long n) {
        String western = Long.toString(n);
        StringBuilder s = new StringBuilder(western.length());
        int[] cps = digits.codePoints().toArray();
        for (char c : western.toCharArray()) {
            if (c >= '0' && c <= '9') {
                s.appendCodePoint(cps[c - '0']);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
