package org.mizan.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The order of events as the sources tell it. Dates are as precise as the source, so "2014" (late 2014) and
 * "2014-09" cannot be sorted by their text alone: an event's {@code after} says which events the source puts before
 * it ("then", "after that"), and that order wins over the dates, which order everything else.
 */
public final class Timeline {

    private Timeline() {
    }

    /**
     * The events in the order to show them: by earliest possible date, then id, except that an event never comes
     * before one it is {@code after}. Events without a date are left out.
     */
    public static List<Event> order(List<Event> events) {
        List<Event> dated = events.stream().filter(e -> PartialDates.isValid(e.date()))
                .sorted(Comparator.comparing((Event e) -> earliest(e.date())).thenComparing(Event::id)).toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < dated.size(); i++) {
            rank.putIfAbsent(dated.get(i).id(), i);
        }
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<Event>> followers = new HashMap<>();
        for (Event e : dated) {
            for (String before : predecessors(e, rank.keySet())) {
                waiting.merge(e.id(), 1, Integer::sum);
                followers.computeIfAbsent(before, k -> new ArrayList<>()).add(e);
            }
        }
        PriorityQueue<Event> ready = new PriorityQueue<>(Comparator.comparingInt((Event e) -> rank.get(e.id())));
        dated.stream().filter(e -> !waiting.containsKey(e.id())).forEach(ready::add);
        List<Event> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!ready.isEmpty()) {
            Event next = ready.poll();
            if (!placed.add(next.id())) {
                continue;
            }
            ordered.add(next);
            for (Event f : followers.getOrDefault(next.id(), List.of())) {
                if (waiting.merge(f.id(), -1, Integer::sum) == 0) {
                    ready.add(f);
                }
            }
        }
        dated.stream().filter(e -> !placed.contains(e.id())).forEach(ordered::add); // a cycle, reported by check
        return ordered;
    }

    private static List<String> predecessors(Event e, Set<String> known) {
        return e.after() == null ? List.of() : e.after().stream().filter(known::contains).distinct().toList();
    }

    /** The first day a partial date can mean. */
    static LocalDate earliest(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** The last day a partial date can mean. */
    static LocalDate latest(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }

    /** {@code after} names events, and no dates contradict it (an event cannot end before one it follows starts). */
    static void check(List<Event> events, Map<String, Fact> facts, Report report) {
        for (Event e : events) {
            List<String> after = e.after() == null ? List.of() : e.after();
            for (int i = 0; i < after.size(); i++) {
                String id = after.get(i);
                Fact before = id == null ? null : facts.get(id);
                String at = "/after/" + i;
                if (id == null) {
                    continue;
                }
                if (!(before instanceof Event earlier)) {
                    report.add(e, at, "\"" + id + "\" in \"after\" is not an event of the dossier (name the event"
                            + " the source says this one followed)");
                } else if (id.equals(e.id())) {
                    report.add(e, at, Report.name(e) + " cannot follow itself");
                } else if (PartialDates.isValid(e.date()) && PartialDates.isValid(earlier.date())
                        && latest(e.date()).isBefore(earliest(earlier.date()))) {
                    report.add(e, "/date", Report.name(e) + " is dated " + e.date() + ", before " + earlier.date()
                            + " of \"" + id + "\", which it follows: correct the date or \"after\"");
                }
            }
        }
        events.stream().filter(e -> hasCycle(e, facts)).findFirst().ifPresent(e -> report.add(e, "/after",
                "\"after\" goes round in a circle from " + Report.name(e) + ": an event cannot follow itself"));
    }

    private static boolean hasCycle(Event start, Map<String, Fact> facts) {
        List<String> todo = new ArrayList<>(start.after() == null ? List.of() : start.after());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (start.id().equals(id)) {
                return true;
            }
            if (id != null && seen.add(id) && facts.get(id) instanceof Event e && e.after() != null) {
                todo.addAll(e.after());
            }
        }
        return false;
    }
}
