package org.mizan.dossier;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Whether an excerpt quotes a paragraph, comparing what carries meaning and nothing else. Folded before comparing:
 * Unicode compatibility forms (NFKC), runs of white space, the kinds of quotation marks ("", “”, «», '') and dashes
 * (-, –, —, and a tatweel standing alone between spaces, which Arabic typesetting uses as a dash), and in Arabic the
 * tatweel inside words, the diacritics (harakat, tanwin, shadda, sukun, dagger alef) and the spellings of alef and
 * hamza (أ إ آ ٱ as ا, ؤ as و, ئ and ى as ي). Letters keep their case: English is compared case-sensitively.
 */
public final class Quotation {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]");
    private static final Pattern DASH_TATWEEL = Pattern.compile("(?<=^|\\s)\\u0640+(?=\\s|$)");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern QUOTES = Pattern.compile("[\"'\\u00AB\\u00BB\\u2018-\\u201F\\u2039\\u203A]");

    private Quotation() {
    }

    /** The text as it is compared: see the class comment. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = DASH_TATWEEL.matcher(s).replaceAll("-");
        s = s.replace("\u0640", "");
        s = DIACRITICS.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        s = QUOTES.matcher(s).replaceAll("\"");
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Quotation::plainLetter).forEach(b::appendCodePoint);
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    private static int plainLetter(int c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ', 'ى' -> 'ي';
            default -> c;
        };
    }

    /** Whether {@code excerpt} is a verbatim quotation of {@code paragraph}, folded. */
    public static boolean quotes(String paragraph, String excerpt) {
        return fold(paragraph).contains(fold(excerpt));
    }

    /**
     * The run of words of {@code paragraph} closest to {@code excerpt} (fewest letter edits, folded), as the
     * paragraph writes it: what the analyst probably meant to quote.
     */
    public static String closestPassage(String paragraph, String excerpt) {
        String[] words = SPACES.split(paragraph.strip());
        String target = fold(excerpt);
        int n = Math.max(1, SPACES.split(excerpt.strip()).length);
        String best = paragraph.strip();
        int bestDistance = Integer.MAX_VALUE;
        for (int length = Math.max(1, n - 1); length <= n + 1; length++) {
            for (int start = 0; start + length <= words.length; start++) {
                String passage = String.join(" ", Arrays.copyOfRange(words, start, start + length));
                int d = distance(fold(passage), target);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = passage;
                }
            }
        }
        return best;
    }

    /** Levenshtein distance by code unit, in two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
