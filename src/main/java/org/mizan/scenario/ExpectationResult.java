package org.mizan.scenario;

import java.util.List;

import org.mizan.inference.RiskJudgment;

/** One expectation checked: whether it held, why (with the finding's rule and reasons), and the risks it looked at. */
public record ExpectationResult(Expectation expectation, boolean passed, String message, List<RiskJudgment> found) {

    public ExpectationResult {
        found = List.copyOf(found);
    }

    /** {@code facts/scenarios/drawdown.json:31:5: PASS present "x" or FAIL present "x", rating at least high: …}, like a compiler. */
    public String line() {
        return expectation.where() + ": " + (passed ? "PASS" : "FAIL") + " " + expectation.describe() + ": " + message;
    }
}
