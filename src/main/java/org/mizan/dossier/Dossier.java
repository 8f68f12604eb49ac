package org.mizan.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.problem.SourceLocation;

/**
 * The facts about one situation, with the sources they cite and the kinds it declares ({@code vocabulary}). {@code origins} maps each fact and source id to
 * where it is written, so later stages can point the user at the line. {@code digest} is the SHA-256 of the
 * input files (sorted by path), for the method note and findings.json. {@code currency} is the analyst's "currency
 * and gaps" note from the dossier header, or null, and {@code currencyAsOf} the cut-off it was written for, or null.
 * {@code cutOff} is the information cut-off, the newest source a fact cites (see the constructor that computes it).
 */
public record Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                      Map<String, SourceLocation> origins, String digest, Text currency, LocalDate currencyAsOf,
                      LocalDate cutOff, Vocabulary vocabulary, Voice voice) {

    /** The key of {@link #origins()} under which the dossier header's location is kept (no fact id starts with #). */
    public static final String HEADER = "#dossier";
    /** The key of {@link #origins()} under which the currency note's location is kept (an update may replace it). */
    public static final String CURRENCY_NOTE = "#currency";

    public Dossier {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        origins = Map.copyOf(origins);
        vocabulary = vocabulary == null ? Vocabulary.shipped() : vocabulary;
        voice = voice == null ? Voice.NONE : voice;
    }

    /** A dossier without the analyst's own front-page words (the brief writes its own). */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest, Text currency, LocalDate currencyAsOf,
                   LocalDate cutOff, Vocabulary vocabulary) {
        this(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff, vocabulary, Voice.NONE);
    }

    /** The same dossier with the analyst's front-page words. */
    public Dossier withVoice(Voice words) {
        return new Dossier(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff, vocabulary,
                words);
    }

    /** A dossier that declares no kinds of its own. */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest, Text currency, LocalDate currencyAsOf,
                   LocalDate cutOff) {
        this(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff, Vocabulary.shipped());
    }

    /** A dossier without a currency note. */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest) {
        this(id, title, sources, facts, origins, digest, null, null);
    }

    /** A dossier dated by its own evidence: its cut-off is the newest source its facts cite. */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest, Text currency, LocalDate currencyAsOf) {
        this(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff(sources, facts));
    }

    /** A dossier as loaded: dated by its own evidence, with the kinds it declares. */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest, Text currency, LocalDate currencyAsOf,
                   Vocabulary vocabulary) {
        this(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff(sources, facts), vocabulary);
    }

    /** A dossier whose currency note gives no date. */
    public Dossier(String id, Text title, List<Source> sources, List<Fact> facts,
                   Map<String, SourceLocation> origins, String digest, Text currency) {
        this(id, title, sources, facts, origins, digest, currency, null);
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

    /**
     * The facts that state the situation now: all but those a fact of the dossier supersedes. What the rules reason
     * on; the overtaken ones are {@link #history()}.
     */
    public List<Fact> current() {
        Set<String> overtaken = overtaken();
        return facts.stream().filter(f -> !overtaken.contains(f.id())).toList();
    }

    /** The facts a later fact overtakes, in dossier order: shown as history, never as the present state. */
    public List<Fact> history() {
        Set<String> overtaken = overtaken();
        return facts.stream().filter(f -> overtaken.contains(f.id())).toList();
    }

    /** The fact that overtakes {@code factId}, if one does. */
    public Optional<Fact> supersededBy(String factId) {
        return facts.stream().filter(f -> f.supersedes() != null && f.supersedes().contains(factId)).findFirst();
    }

    private Set<String> overtaken() {
        Set<String> ids = new HashSet<>();
        facts.forEach(f -> {
            if (f.supersedes() != null) {
                ids.addAll(f.supersedes());
            }
        });
        return ids;
    }

    public Map<String, Fact> factsById() {
        return facts.stream().collect(Collectors.toMap(Fact::id, Function.identity()));
    }

    /*
     * The information cut-off: the date of the newest source a fact cites. The brief is dated by its evidence, never
     * by the clock, and a source declared but cited by no fact is not evidence: it would move every horizon without
     * a single fact behind it (validate warns of it). A dossier that cites nothing is dated by its newest declared
     * source.
     */
    private static LocalDate cutOff(List<Source> sources, List<Fact> facts) {
        Set<String> cited = citedSources(facts);
        return sources.stream().filter(s -> cited.isEmpty() || cited.contains(s.id())).map(Source::date)
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(1970, 1, 1));
    }

    /**
     * The same dossier with other facts (a scenario, a what-if view, a part weighed for sensitivity): its header,
     * currency note and cut-off stay the dossier's, so a what-if is judged as of the same date.
     */
    public Dossier withFacts(List<Source> sources, List<Fact> facts, Map<String, SourceLocation> origins,
                             String digest) {
        return new Dossier(id, title, sources, facts, origins, digest, currency, currencyAsOf, cutOff, vocabulary,
                voice);
    }

    /** The ids of the sources an item of evidence of some fact, current or overtaken, cites. */
    public Set<String> citedSources() {
        return citedSources(facts);
    }

    private static Set<String> citedSources(List<Fact> facts) {
        Set<String> cited = new HashSet<>();
        for (Fact fact : facts) {
            if (fact.evidenceItems() != null) {
                fact.evidenceItems().forEach(e -> cited.add(e.source()));
            }
        }
        return cited;
    }
}
