package org.mizan.inference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Agreement;
import org.mizan.dossier.AgreementStatus;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Event;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Source;

/**
 * What signposts can see: the facts a run reasons on (the session's, so that a fact taken out for the sensitivity
 * analysis takes its signposts with it), which actor is part of which, the information cut-off and each source's
 * date. A fact is dated by its own date (an event's) or else by the source that reports it.
 */
final class Observables {

    private final List<Fact> facts;
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final LocalDate cutOff;

    Observables(Dossier dossier, List<? extends Fact> facts) {
        this.facts = List.copyOf(facts);
        this.cutOff = dossier.cutOff();
        dossier.facts(Actor.class).forEach(a -> {
            if (a.partOf() != null) {
                partOf.put(a.id(), a.partOf());
            }
        });
        dossier.sources().forEach(s -> sources.put(s.id(), s));
    }

    /** Over the dossier's current facts. */
    static Observables of(Dossier dossier) {
        return new Observables(dossier, dossier.current());
    }

    List<Fact> facts() {
        return facts;
    }

    LocalDate cutOff() {
        return cutOff;
    }

    /** Whether {@code actor} is {@code party} or a part of it, however deep ({@code asayish} part of {@code sdf}). */
    boolean within(String actor, String party) {
        int depth = 0;
        for (String a = actor; a != null && depth <= partOf.size(); a = partOf.get(a), depth++) {
            if (a.equals(party)) {
                return true;
            }
        }
        return false;
    }

    /** The fact's date as written: an event's own, otherwise the date of the source of its lead item. */
    Optional<String> date(Fact fact) {
        if (fact instanceof Event e && e.date() != null) {
            return Optional.of(e.date());
        }
        return source(fact).map(s -> s.date().toString());
    }

    /** The source of the fact's lead item. */
    Optional<Source> source(Fact fact) {
        Evidence lead = fact.evidence();
        return lead == null ? Optional.empty() : Optional.ofNullable(sources.get(lead.source()));
    }

    /**
     * Whether a date as precise as its source ({@code 2026}, {@code 2026-01}, {@code 2026-01-16}) touches the window.
     */
    static boolean overlaps(String date, LocalDate from, LocalDate to) {
        return !end(date).isBefore(from) && !start(date).isAfter(to);
    }

    /**
     * Whether the agreement's deadline has passed by the cut-off with the agreement still short of force (offered,
     * under negotiation or agreed): the step agreed for that date did not come, as far as the dossier knows.
     */
    boolean deadlinePassed(Agreement a) {
        return a.deadline() != null && a.status() != null && new CutOff(cutOff).passed(a.deadline())
                && (a.status().isA(AgreementStatus.PROPOSED) || a.status().isA(AgreementStatus.UNDER_NEGOTIATION)
                || a.status().isA(AgreementStatus.AGREED));
    }

    static LocalDate start(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    static LocalDate end(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }
}
