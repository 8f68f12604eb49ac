package org.mizan.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.mizan.inference.Confidence;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskJudgment;

/** The graded aspects of a risk an expectation can bound, each an ordered enum (low to high). */
public enum Grade {
    RATING("Rating", Rating.class, RiskJudgment::rating),
    LIKELIHOOD("Likelihood", Likelihood.class, RiskJudgment::likelihood),
    IMPACT("Impact", Impact.class, RiskJudgment::impact),
    CONFIDENCE("Confidence", Confidence.class, RiskJudgment::confidence);

    private final String suffix;
    private final Class<? extends Enum<?>> type;
    private final Function<RiskJudgment, Enum<?>> read;

    Grade(String suffix, Class<? extends Enum<?>> type, Function<RiskJudgment, Enum<?>> read) {
        this.suffix = suffix;
        this.type = type;
        this.read = read;
    }

    public Class<? extends Enum<?>> type() {
        return type;
    }

    public Enum<?> of(RiskJudgment risk) {
        return read.apply(risk);
    }

    /** The grade a key such as {@code minRating} or {@code maxLikelihood} bounds. */
    public static Optional<Grade> ofKeySuffix(String suffix) {
        return Arrays.stream(values()).filter(g -> g.suffix.equals(suffix)).findFirst();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
