package org.mizan.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mizan.dossier.Agreement;
import org.mizan.dossier.Base;
import org.mizan.dossier.Event;
import org.mizan.dossier.Fact;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.Source;

/**
 * The general rule of signposts: a judgment's declared indicator is observed when the facts of the run hold one
 * that matches its pattern, between the judgment's own parties (or parts of them), dated within the judgment's
 * window: the span of its horizon (12 months unless its type says otherwise) up to the information cut-off. What
 * happened before that is the history the judgment was made from, not news that moves it.
 */
final class Signposts {

    private Signposts() {
    }

    /** Every declared signpost of {@code risk}'s type that {@code seen} shows, in the catalogue's order. */
    static List<Observation> observe(Risk risk, RiskWording w, Observables seen) {
        LocalDate to = seen.cutOff();
        if (to == null) {
            return List.of();
        }
        LocalDate from = to.minusMonths(w.horizonMonths());
        List<Observation> out = new ArrayList<>();
        for (Signpost s : w.signposts()) {
            if (s.watchedOnly()) {
                continue;
            }
            List<Fact> showing = new ArrayList<>();
            for (Fact f : seen.facts()) {
                String date = dateOf(s.pattern(), f, seen);
                if (date != null && matches(s.pattern(), f, risk, seen)
                        && Observables.overlaps(date, from, to)) {
                    showing.add(f);
                }
            }
            if (!showing.isEmpty()) {
                out.add(observation(s, showing, seen));
            }
        }
        return out;
    }

    private static Observation observation(Signpost s, List<Fact> showing, Observables seen) {
        // Newest first, ties by id, so the fact the brief cites is the same on every run.
        List<Fact> sorted = showing.stream().sorted(Comparator
                .comparing((Fact f) -> Observables.end(dateOf(s.pattern(), f, seen))).reversed()
                .thenComparing(Fact::id)).toList();
        Fact newest = sorted.get(0);
        return new Observation(s.text(), sorted.stream().map(Fact::id).toList(), dateOf(s.pattern(), newest, seen),
                seen.source(newest).map(Source::id).orElse(null), s.steps(), s.settles());
    }

    /** When the fact shows the signpost: a passed deadline on its deadline, anything else on its own date. */
    private static String dateOf(Signpost.Pattern p, Fact f, Observables seen) {
        if (p.shape() == Signpost.Shape.DEADLINE) {
            return f instanceof Agreement a && seen.deadlinePassed(a) ? a.deadline() : null;
        }
        return seen.date(f).orElse(null);
    }

    private static boolean matches(Signpost.Pattern p, Fact f, Risk risk, Observables seen) {
        return switch (p.shape()) {
            case EVENT -> f instanceof Event e && e.kind() != null && p.covers(e.kind().concept())
                    && bound(p, "actors", e.actors(), risk, seen);
            case SANCTIONS -> f instanceof SanctionsMeasure m && m.step() != null
                    && p.covers(m.step().concept()) && bound(p, "by", one(m.by()), risk, seen)
                    && bound(p, "target", one(m.target()), risk, seen);
            case BASE -> f instanceof Base b && b.status() != null && p.covers(b.status().concept())
                    && bound(p, "operator", one(b.operator()), risk, seen);
            case AGREEMENT -> f instanceof Agreement a && a.status() != null && p.covers(a.status().concept())
                    && agreement(p, "is", a, risk, seen);
            case DEADLINE -> f instanceof Agreement a && seen.deadlinePassed(a) && agreement(p, "of", a, risk, seen);
        };
    }

    private static boolean agreement(Signpost.Pattern p, String self, Agreement a, Risk risk, Observables seen) {
        for (String party : p.roles().getOrDefault(self, List.of())) {
            if (!a.id().equals(partyOf(party, risk))) {
                return false;
            }
        }
        return bound(p, "parties", a.parties(), risk, seen);
    }

    /** Whether every party the role names is among {@code values}, itself or through a part of it. */
    private static boolean bound(Signpost.Pattern p, String role, List<String> values, Risk risk, Observables seen) {
        for (String party : p.roles().getOrDefault(role, List.of())) {
            String id = partyOf(party, risk);
            if (id == null || values == null || values.stream().noneMatch(v -> seen.within(v, id))) {
                return false;
            }
        }
        return true;
    }

    private static String partyOf(String party, Risk risk) {
        return "subject".equals(party) ? risk.subject() : risk.object();
    }

    private static List<String> one(String id) {
        return id == null ? List.of() : List.of(id);
    }
}
