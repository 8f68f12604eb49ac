package org.mizan.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * What keeps a brief's dating true as news is added, as warnings: a brief can still be made, but its reader would be
 * told something stale. A declared source no fact cites does not date the brief (its cut-off is the newest cited
 * source), and an analyst who added it probably meant to cite it. The currency note is the analyst's own prose about
 * what may have changed since the cut-off: written for an older cut-off, it no longer describes this brief.
 */
public final class CurrencyCheck {

    private CurrencyCheck() {
    }

    public static List<Problem> warnings(Dossier dossier) {
        List<Problem> warnings = new ArrayList<>(uncitedSources(dossier));
        SourceLocation header = dossier.origins().getOrDefault(Dossier.CURRENCY_NOTE,
                dossier.origins().getOrDefault(Dossier.HEADER, SourceLocation.ofFile("dossier")));
        if (dossier.currency() != null && dossier.currencyAsOf() == null) {
            warnings.add(new Problem(header, "the currency note gives no date: add \"currencyAsOf\": \""
                    + dossier.cutOff() + "\" (the cut-off it was written for) to the dossier header, so that a newer"
                    + " source can show the note is out of date"));
        } else if (dossier.currency() != null && dossier.currencyAsOf().isBefore(dossier.cutOff())) {
            warnings.add(new Problem(header, "the currency note was written for " + dossier.currencyAsOf()
                    + " but the sources now run to " + dossier.cutOff() + ": reread the note, bring it up to date and"
                    + " set \"currencyAsOf\" to " + dossier.cutOff()));
        }
        return warnings;
    }

    private static List<Problem> uncitedSources(Dossier dossier) {
        Set<String> cited = dossier.citedSources();
        List<Problem> warnings = new ArrayList<>();
        if (cited.isEmpty()) {
            return warnings; // no fact yet: nothing is cited, and the newest declared source dates the brief
        }
        for (Source source : dossier.sources()) {
            if (!cited.contains(source.id())) {
                warnings.add(new Problem(dossier.origins().getOrDefault(source.id(), SourceLocation.ofFile("dossier")),
                        "source \"" + source.id() + "\" (" + source.date() + ") is cited by no fact, so it does not"
                                + " move the cut-off (" + dossier.cutOff() + "): cite it from the facts it"
                                + " reports, or remove it"));
            }
        }
        return warnings;
    }
}
