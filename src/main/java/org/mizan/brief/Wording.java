package org.mizan.brief;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.mustachejava.Mustache;

import org.mizan.dossier.Language;

/**
 * The words of one language: labels, enum words, numbers and dates in the language's digits, and sentences
 * rendered from its templates. Numbers and dates handed to templates are already written out, so a template
 * never formats anything itself.
 */
public final class Wording {

    private final Language language;
    private final Map<String, String> labels;
    private final Map<Sentence, Mustache> sentences;
    private final Map<String, Path> files;
    private final PageWords pageWords;

    /** {@code files}: the language's template files by name, each from the highest layer that has it. */
    Wording(Language language, Map<String, String> labels, Map<Sentence, Mustache> sentences,
            Map<String, Path> files) {
        this.language = language;
        this.labels = labels;
        this.sentences = sentences;
        this.files = Map.copyOf(files);
        this.pageWords = pageWords(language, labels);
    }

    /** The language's defaults stand in only while loading reports a problem with these labels. */
    private static PageWords pageWords(Language language, Map<String, String> labels) {
        String digits = labels.getOrDefault("digits", "");
        if (digits.codePointCount(0, digits.length()) != 10 || !labels.containsKey("page.of")) {
            return PageWords.defaults(language);
        }
        return new PageWords(labels.get("page.of"), digits);
    }

    public Language language() {
        return language;
    }

    public String label(String key) {
        String text = labels.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label \"" + key + "\" (LabelKeys lists the required ones)");
        }
        return text;
    }

    /** An optional label (e.g. {@code consequence.<category>}), empty if labels.json does not define it. */
    public Optional<String> optionalLabel(String key) {
        return Optional.ofNullable(labels.get(key));
    }

    /** The word for an enum value, e.g. "very likely" / "مرجّح جدًا" for Likelihood.VERY_LIKELY. */
    public String word(Enum<?> value) {
        return label(LabelKeys.of(value));
    }

    /** The rule's name in this language: as written in the rules in English, from {@code rule.<name>} else. */
    public Optional<String> ruleName(String rule) {
        if (language == Language.EN) {
            return Optional.ofNullable(rule);
        }
        return Optional.ofNullable(labels.get(LabelKeys.OPTIONAL_RULE_PREFIX + rule));
    }

    public PageWords pageWords() {
        return pageWords;
    }

    public String number(long n) {
        return pageWords.number(n);
    }

    /**
     * Text written for the brief by the dossier or the rules (names, titles, reasons), with its digits in this
     * language's digits, so a number reads the same in generated and quoted prose. Not for verbatim excerpts.
     */
    public String prose(String text) {
        if (text == null || pageWords.digits().equals(PageWords.WESTERN_DIGITS)) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> s.append(c >= '0' && c <= '9' ? number(c - '0') : String.valueOf((char) c)));
        return s.toString();
    }

    /** A bilingual text in this language, digits as in {@link #prose}. */
    public String prose(org.mizan.dossier.Text text) {
        return text == null ? "" : prose(text.in(language));
    }

    /** "10 November 2025" / "١٠ نوفمبر ٢٠٢٥". */
    public String date(LocalDate date) {
        return number(date.getDayOfMonth()) + " " + label("month." + date.getMonthValue()) + " "
                + number(date.getYear());
    }

    /** An ISO date as precise as the source: "2014", "September 2014" or "10 September 2014". */
    public String partialDate(String iso) {
        String[] parts = iso.split("-");
        try {
            int year = Integer.parseInt(parts[0]);
            if (parts.length == 1) {
                return number(year);
            }
            int month = Integer.parseInt(parts[1]);
            if (parts.length == 2) {
                return label("month." + month) + " " + number(year);
            }
            return date(LocalDate.of(year, month, Integer.parseInt(parts[2])));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /**
     * "12 risks" / «اثنا عشر خطرًا»: a count and its noun, agreed in this language. The noun is {@code noun.<key>}
     * in labels.json; Arabic phrases come from {@link ArabicCount}, so every count in the Arabic prose agrees.
     */
    public String count(long n, String nounKey) {
        Noun noun = Noun.parse(label("noun." + nounKey));
        if (language.rightToLeft()) {
            return ArabicCount.phrase(n, noun, pageWords);
        }
        String number = n >= 0 && n < ENGLISH_WORDS.size() ? ENGLISH_WORDS.get((int) n) : number(n);
        return number + " " + (n == 1 ? noun.singular() : noun.plural());
    }

    /**
     * The same count as an object or after a preposition: in Arabic the oblique forms («خطرين»، «اثني عشر
     * خطرًا»), so a template may write «وحدّدت القواعد {{count}}» or «من {{count}}»; in English as {@link #count}.
     */
    public String countOblique(long n, String nounKey) {
        if (!language.rightToLeft()) {
            return count(n, nounKey);
        }
        return ArabicCount.phrase(n, Noun.parse(label("noun." + nounKey)), pageWords, ArabicCount.Case.OBLIQUE);
    }

    /** English style: numbers below ten are written as words in running text ("one source", "three risks"). */
    private static final List<String> ENGLISH_WORDS = List.of("no", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    /** "a, b and c" / «أ وب وج»: a list as running text writes it, with {@code list.and}. */
    public String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        if (language.rightToLeft()) {
            // Arabic repeats the conjunction before every item after the first: «أ وب وج».
            return String.join(label("list.and"), items);
        }
        return join(items.subList(0, items.size() - 1)) + label("list.and") + items.get(items.size() - 1);
    }

    public String join(List<String> items) {
        return String.join(label("list.separator"), items);
    }

    /** The template's output as paragraphs: blank lines separate them, single line breaks become spaces. */
    List<String> paragraphs(Sentence sentence, Map<String, Object> data) {
        StringWriter out = new StringWriter();
        sentences.get(sentence).execute(out, data);
        return Arrays.stream(out.toString().split("\\n\\s*\\n"))
                .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** The template's output as one paragraph. */
    String sentence(Sentence sentence, Map<String, Object> data) {
        return String.join(" ", paragraphs(sentence, data));
    }

    /** Where a template lives, for messages that point the analyst at it. */
    Path file(Sentence sentence) {
        return files.get(sentence.fileName());
    }
}
