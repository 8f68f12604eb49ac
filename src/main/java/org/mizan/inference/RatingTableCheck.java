package org.mizan.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * Checks at compile time that the rating table rates every likelihood with every impact exactly once, so a row
 * deleted in a spreadsheet shows up when the rules are validated rather than in the middle of a run.
 */
final class RatingTableCheck {

    static final String FILE_NAME = "rating.drl.csv";

    private RatingTableCheck() {
    }

    /**
     * What the table says of every cell: the problems (empty when each cell is rated once) and, from the same
     * probes, the rating of each likelihood and impact, for a judgment whose likelihood moves after the rules ran
     * (an observed signpost).
     */
    record Result(List<Problem> problems, Map<String, Rating> scale) {

        Rating rate(Likelihood l, Impact i) {
            return scale.get(probeId(l, i));
        }
    }

    /** Feeds one probe risk per cell of the table through the table's rules alone ({@code drlRules} held back). */
    static Result check(KieBase base, Path table, Set<String> drlRules) {
        String shown = DisplayPaths.of(table);
        if (!Files.isRegularFile(table)) {
            return new Result(List.of(Problem.at(shown, 0, 0, "missing rating table " + FILE_NAME
                    + " (likelihood x impact -> rating)")), Map.of());
        }
        KieSession session = base.newKieSession();
        try {
            for (Likelihood l : Likelihood.values()) {
                for (Impact i : Impact.values()) {
                    session.insert(new Risk(probeId(l, i), "rating-check", "-", null, l, i, "-", List.of()));
                }
            }
            session.fireAllRules(match -> !drlRules.contains(match.getRule().getName()), 10_000);
            Map<String, Set<Rating>> rated = session.getObjects(o -> o instanceof RiskRating).stream()
                    .map(RiskRating.class::cast).collect(Collectors.groupingBy(RiskRating::riskId,
                            Collectors.mapping(RiskRating::rating, Collectors.toSet())));
            Map<String, Rating> scale = new java.util.HashMap<>();
            rated.forEach((id, ratings) -> scale.put(id, ratings.iterator().next()));
            return new Result(problems(shown, rated), scale);
        } finally {
            session.dispose();
        }
    }

    private static List<Problem> problems(String shown, Map<String, Set<Rating>> rated) {
        List<Problem> problems = new ArrayList<>();
        for (Likelihood l : Likelihood.values()) {
            for (Impact i : Impact.values()) {
                Set<Rating> ratings = rated.getOrDefault(probeId(l, i), Set.of());
                String cell = "likelihood \"" + l.term() + "\" with impact " + i;
                if (ratings.isEmpty()) {
                    problems.add(Problem.at(shown, 0, 0, "no row rates " + cell));
                } else if (ratings.size() > 1) {
                    problems.add(Problem.at(shown, 0, 0, "rows disagree on " + cell + ": "
                            + ratings.stream().sorted().toList()));
                }
            }
        }
        return problems;
    }

    private static String probeId(Likelihood l, Impact i) {
        return "rating-check-" + l + "-" + i;
    }
}
