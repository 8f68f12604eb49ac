package org.mizan.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.problem.SourceLocation;

/**
 * The facts about one situation, with the sources they cite. {@code origins} maps each fact and source id to
 * where it is written, so later stages can point the user at the line. {@code digest} is the SHA-256 of the
 * input files (sorted by path), for the method note and findings.json.
 */
public record Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                      Map<String, SourceLocation> origins, String digest) {

    public Dossier {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        origins = Map.copyOf(origins);
    }

    public <T extends Fact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<Fact> fact(String factId) {
        return facts.stream().filter(f -> f.id().equals(factId)).findFirst();
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    public Map<String, Fact> factsById() {
        return facts.stream().collect(Collectors.toMap(Fact::id, Function.identity()));
    }

    /** The date of the newest source: the brief is dated by its evidence, never by the clock. */
    public LocalDate newestSourceDate() {
        return sources.stream().map(Source::date).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(1970, 1, 1));
    }
}
