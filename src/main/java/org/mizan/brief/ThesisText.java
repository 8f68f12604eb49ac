package org.mizan.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Likelihood;
import org.mizan.inference.RiskJudgment;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * The analyst's thesis (the dossier header's {@code thesis}): its computed values are placeholders filled in from
 * the findings — {@code {integration-friction.likelihood}} ("likely (55–80%)"), {@code .horizon} (the date it runs
 * to), {@code .confidence} — so the words are the analyst's and the numbers the rules'. A thesis that names a risk
 * type no finding has, or that states a likelihood term of its own which is not the likelihood of a judgment it
 * names, is an error at the thesis: the front page would contradict the key judgments beneath it.
 */
final class ThesisText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)\\.(likelihood|horizon|confidence)}");

    private ThesisText() {
    }

    /** The thesis in the brief's language with its placeholders filled, or empty when the dossier gives none. */
    static Optional<String> of(BriefContext ctx) {
        var thesis = ctx.input().dossier().voice().thesis();
        if (thesis == null) {
            return Optional.empty();
        }
        Wording w = ctx.wording();
        if (ctx.input().scenario() != null && !allNamedFound(thesis.en(), ctx.input().findings().risks())) {
            // The thesis was written for the dossier's own judgments: a what-if that removes one it names gets the
            // machine's bottom line rather than the analyst's words about a judgment it no longer holds.
            return Optional.empty();
        }
        check(ctx);
        Matcher m = PLACEHOLDER.matcher(thesis.in(w.language()));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            RiskJudgment r = judgment(ctx.input().findings().risks(), m.group(1)).orElseThrow();
            String value = switch (m.group(2)) {
                case "likelihood" -> r.likelihood() == null ? "" : w.word(r.likelihood()) + " ("
                        + w.number(r.likelihood().lowPercent()) + "–" + w.number(r.likelihood().highPercent())
                        + (w.language().rightToLeft() ? "٪)" : "%)");
                case "horizon" -> r.horizon() == null ? "" : w.date(r.horizon().by());
                default -> w.word(r.confidence());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(w.prose(out.toString()));
    }

    private static boolean allNamedFound(String thesis, List<RiskJudgment> risks) {
        Matcher m = PLACEHOLDER.matcher(thesis);
        while (m.find()) {
            if (judgment(risks, m.group(1)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The first judgment of that risk type, in the findings' order (the gravest first). */
    private static Optional<RiskJudgment> judgment(List<RiskJudgment> risks, String type) {
        return risks.stream().filter(r -> r.type().equals(type)).findFirst();
    }

    /** Throws, located at the thesis, when it names an unknown type or states a likelihood not the finding's. */
    static void check(BriefContext ctx) {
        var thesis = ctx.input().dossier().voice().thesis();
        List<String> errors = new ArrayList<>();
        List<RiskJudgment> risks = ctx.input().findings().risks();
        // Checked on the English text: the Arabic carries the same placeholders, and its terms are the labels'.
        String text = thesis.en();
        List<Likelihood> named = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            Optional<RiskJudgment> r = judgment(risks, m.group(1));
            if (r.isEmpty()) {
                errors.add("the thesis names \"" + m.group(1) + "\", but no judgment of that risk type was found:"
                        + " name one of " + risks.stream().map(RiskJudgment::type).distinct().toList());
            } else if (r.get().likelihood() != null) {
                named.add(r.get().likelihood());
            }
        }
        String plain = PLACEHOLDER.matcher(text).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
        for (Likelihood stated : statedTerms(plain)) {
            if (!named.contains(stated)) {
                errors.add("the thesis states \"" + stated.term() + "\", but "
                        + (named.isEmpty() ? "names no judgment it could belong to"
                        : "the judgments it names are " + named.stream().map(Likelihood::term).distinct().toList())
                        + ": write the likelihood as {<risk type>.likelihood} so the brief takes it from the findings");
            }
        }
        int words = words(text, risks);
        if (words > MAX_WORDS) {
            errors.add("the thesis has " + words + " words as the brief prints it (values filled in); a bottom line"
                    + " is at most " + MAX_WORDS + ": say the judgment and what it turns on, and leave the rest to"
                    + " the key judgments");
        }
        String thesisAr = thesis.ar() == null ? "" : thesis.ar();
        // The same values in both languages; the order may differ, as the languages' word order does.
        List<String> en = placeholders(text).stream().sorted().toList();
        List<String> ar = placeholders(thesisAr).stream().sorted().toList();
        if (!en.equals(ar)) {
            errors.add("the English and Arabic theses name different values (" + en + " and " + ar + "):"
                    + " give both the same placeholders");
        }
        if (!errors.isEmpty()) {
            SourceLocation at = where(ctx.input().dossier());
            throw new InputException(errors.stream().map(e -> new Problem(at, e)).toList());
        }
    }

    /** A bottom line a reader takes in at a glance: the thesis's length, in English words, as printed. */
    static final int MAX_WORDS = 80;

    /** The words the English thesis prints: each value counted as the words it is filled in with. */
    private static int words(String text, List<RiskJudgment> risks) {
        int count = 0;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            Likelihood l = judgment(risks, m.group(1)).map(RiskJudgment::likelihood).orElse(null);
            count += switch (m.group(2)) {
                // "very likely (80–95%)": the term and its range.
                case "likelihood" -> l == null ? 1 : l.term().split(" ").length + 1;
                // "11 November 2026".
                case "horizon" -> 3;
                default -> 1;
            };
        }
        // A word has a letter or a digit: the full stop left after a value is not one.
        return count + (int) java.util.Arrays.stream(PLACEHOLDER.matcher(text).replaceAll(" ").split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The estimative terms written in the text, longest first so "very likely" is not also read as "likely". */
    static List<Likelihood> statedTerms(String text) {
        List<Likelihood> found = new ArrayList<>();
        String rest = " " + text.replaceAll("[^a-z ]", " ") + " ";
        List<Likelihood> byLength = new ArrayList<>(List.of(Likelihood.values()));
        byLength.sort(Comparator.comparingInt((Likelihood l) -> l.term().length()).reversed());
        for (Likelihood l : byLength) {
            String term = " " + l.term() + " ";
            if (rest.contains(term)) {
                found.add(l);
                rest = rest.replace(term, " ");
            }
        }
        return found;
    }

    /** The line of the header's "thesis" key, else the header itself. */
    private static SourceLocation where(Dossier dossier) {
        SourceLocation header = dossier.origins().getOrDefault(Dossier.HEADER, SourceLocation.ofFile("dossier"));
        try {
            List<String> lines = Files.readAllLines(Path.of(header.file()));
            for (int i = Math.max(0, header.line() - 1); i < lines.size(); i++) {
                int col = lines.get(i).indexOf("\"thesis\"");
                if (col >= 0) {
                    return new SourceLocation(header.file(), i + 1, col + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The header's own place is still a good place to look.
        }
        return header;
    }
}
