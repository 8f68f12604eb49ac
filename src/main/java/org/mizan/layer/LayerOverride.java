package org.mizan.layer;

import org.mizan.problem.SourceLocation;

/**
 * What a higher layer replaces in a lower one: a whole file ({@code what} = "file rating.drl.csv"), a risk type
 * or a label. {@code by} is where the replacement stands, {@code replaced} where the replaced one does.
 */
public record LayerOverride(String what, SourceLocation by, SourceLocation replaced) {

    /** {@code facts/rules/risks.json:3:3: risk type "x" overrides rules/risks.json:40:3}. */
    @Override
    public String toString() {
        return by + ": " + what + " overrides " + replaced;
    }
}
