package org.mizan.inference;

import java.util.List;

/**
 * A risk as the rules infer it, before it is worded and graded: the catalogue gives its words, the rating table
 * its rating and the chain its confidence. {@code type} keys the catalogue (rules/risks.json); {@code subject} and
 * {@code object} are the actor ids its title may name (object may be null).
 */
public record Risk(String id, String type, String subject, String object, Likelihood likelihood, Impact impact,
                   String rule, List<String> because) implements Finding {

    public Risk {
        because = List.copyOf(because);
    }
}
