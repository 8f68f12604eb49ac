package org.mizan.scenario;

import java.util.Collection;
import java.util.List;

/** Every expectation of one scenario, checked against that scenario's findings. */
public record ExpectationReport(String scenario, List<ExpectationResult> results) {

    public ExpectationReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(ExpectationResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public List<ExpectationResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** {@code 7 passed, 1 failed} over several scenarios: the closing line of {@code ./mizan check}. */
    public static String closingLine(Collection<ExpectationReport> reports) {
        return closingLine(reports, 0);
    }

    /** The same, with {@code broken} scenarios that could not be loaded each counted as one failure. */
    public static String closingLine(Collection<ExpectationReport> reports, long broken) {
        long passed = reports.stream().mapToLong(ExpectationReport::passed).sum();
        long failed = reports.stream().mapToLong(ExpectationReport::failed).sum() + broken;
        return passed + " passed, " + failed + " failed";
    }

    public String closingLine() {
        return closingLine(List.of(this));
    }
}
