package org.mizan.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * The kinds fact files may write: the shipped schemes ({@link #SCHEMES}) and the narrower kinds a dossier declares
 * under {@code "kinds"} in any fact file, each beneath a shipped kind or another declared one. Declarations are read
 * before the facts, so a fact may use a kind declared in a later file.
 */
public final class Vocabulary {

    /** The key that introduces declarations in a fact file. */
    public static final String KEY = "kinds";
    /** Where a bind finds the vocabulary (an ObjectReader attribute). */
    static final String ATTRIBUTE = "mizan.vocabulary";

    /** The shipped schemes, by the name declarations give them ({@code support_type}). */
    public static final List<Class<? extends Concept>> SCHEMES = List.of(ActorKind.class, SupportType.class,
            ResourceKind.class, BaseRole.class, BaseStatus.class, GoalKind.class, RelationKind.class,
            ClaimKind.class, AgreementKind.class, AgreementStatus.class, SanctionsStep.class, EventKind.class,
            PlanKind.class, ThreatStatus.class);

    private static final Vocabulary SHIPPED = new Vocabulary(Map.of());

    /** Declared terms by scheme name and term, resolved. */
    private final Map<String, Map<String, Term<?>>> declared;

    private Vocabulary(Map<String, Map<String, Term<?>>> declared) {
        this.declared = declared;
    }

    /** The shipped kinds only. */
    public static Vocabulary shipped() {
        return SHIPPED;
    }

    /** {@code SupportType} is written {@code support_type}. */
    public static String scheme(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The term a fact writes, shipped or declared, or empty if the scheme has no such kind. */
    @SuppressWarnings("unchecked")
    public <E extends Enum<E> & Concept> Optional<Term<E>> term(Class<E> type, String name) {
        for (E c : type.getEnumConstants()) {
            if (c.term().equals(name)) {
                return Optional.of(Term.of(c));
            }
        }
        return Optional.ofNullable((Term<E>) declared.getOrDefault(scheme(type), Map.of()).get(name));
    }

    /** The declared terms of every scheme, in declaration order. */
    public List<Term<?>> declared() {
        return declared.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** Reads and checks the declarations of every file; what is wrong goes to {@code problems}, located. */
    public static Vocabulary read(List<Path> files, List<Problem> problems) {
        List<Located> all = new ArrayList<>();
        for (Path file : files) {
            FactReader reader = new FactReader(DisplayPaths.of(file));
            try (JsonParser parser = DossierJson.parser(file)) {
                declarations(parser, reader).forEach(d -> all.add(new Located(d, reader.locations())));
            } catch (IOException e) {
                continue; // the fact file's own reading reports it
            }
            problems.addAll(reader.problems());
        }
        return resolve(all, problems);
    }

    private record Located(KindDeclaration declaration, Locator at) {
        Problem problem(String pointer, String message) {
            return new Problem(at.locate(declaration, pointer).orElseThrow(), message);
        }
    }

    private static List<KindDeclaration> declarations(JsonParser parser, FactReader reader) throws IOException {
        List<KindDeclaration> found = new ArrayList<>();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return found;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (key.equals(KEY)) {
                found.addAll(reader.readArray(parser, KindDeclaration.class, "kind declaration"));
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    private static Vocabulary resolve(List<Located> all, List<Problem> problems) {
        Map<String, Map<String, Located>> byScheme = new LinkedHashMap<>();
        for (Located d : all) {
            if (checked(d, byScheme, problems)) {
                byScheme.computeIfAbsent(d.declaration().scheme(), s -> new LinkedHashMap<>())
                        .put(d.declaration().term(), d);
            }
        }
        Map<String, Map<String, Term<?>>> resolved = new LinkedHashMap<>();
        byScheme.forEach((scheme, terms) -> {
            Map<String, Term<?>> out = new LinkedHashMap<>();
            terms.values().forEach(d -> resolveOne(schemeType(scheme), d, terms, problems).ifPresent(
                    t -> out.put(d.declaration().term(), t)));
            resolved.put(scheme, Map.copyOf(out));
        });
        return new Vocabulary(resolved);
    }

    private static boolean checked(Located d, Map<String, Map<String, Located>> seen, List<Problem> problems) {
        KindDeclaration k = d.declaration();
        if (k.scheme() == null || schemeType(k.scheme()) == null) {
            problems.add(d.problem(k.scheme() == null ? "" : "/scheme", k.scheme() == null
                    ? "a kind declaration needs \"scheme\" (one of " + schemeNames() + ")"
                    : "unknown scheme \"" + k.scheme() + "\" (allowed: " + schemeNames() + ")"));
            return false;
        }
        if (k.term() == null || !k.term().matches("[a-z][a-z0-9_]*")) {
            problems.add(d.problem(k.term() == null ? "" : "/term", k.term() == null
                    ? "a kind declaration needs \"term\", the new kind in lower snake case"
                    : "a term is written in lower snake case (e.g. \"oilfield_protection\"), not \"" + k.term() + "\""));
            return false;
        }
        Class<? extends Concept> type = schemeType(k.scheme());
        if (shipped(type, k.term()) != null) {
            problems.add(d.problem("/term", "\"" + k.term() + "\" is already a shipped " + k.scheme()
                    + " kind: write it in the facts as it is, or declare a narrower term beneath it"));
            return false;
        }
        Located first = seen.getOrDefault(k.scheme(), Map.of()).get(k.term());
        if (first != null) {
            problems.add(d.problem("/term", "a second declaration of " + k.scheme() + " \"" + k.term()
                    + "\": the first is at " + first.at().locate(first.declaration(), "").orElseThrow()));
            return false;
        }
        if (k.label() == null || blank(k.label().en()) || blank(k.label().ar())) {
            problems.add(d.problem(k.label() == null ? "" : "/label", "declared kind \"" + k.term()
                    + "\" needs a \"label\" with its wording in both languages: {\"en\": ..., \"ar\": ...}"));
            return false;
        }
        return true;
    }

    /** Walks up the declared terms to a shipped kind; an unknown broader kind or a cycle is a problem. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Term<?>> resolveOne(Class<? extends Concept> type, Located start,
                                                Map<String, Located> terms, List<Problem> problems) {
        List<String> path = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        Located at = start;
        while (true) {
            KindDeclaration k = at.declaration();
            visited.add(k.term());
            String broader = k.broader();
            if (broader == null) {
                problems.add(at.problem("", "declared kind \"" + k.term() + "\" needs \"broader\": the shipped "
                        + k.scheme() + " kind it lies beneath (" + shippedTerms(type) + ")"));
                return Optional.empty();
            }
            Concept concept = shipped(type, broader);
            if (concept != null) {
                return Optional.of(new Term(start.declaration().term(), (Enum) concept, path,
                        start.declaration().label()));
            }
            Located next = terms.get(broader);
            if (next == null) {
                problems.add(at.problem("/broader", "unknown broader kind \"" + broader + "\" of \"" + k.term()
                        + "\": name a shipped " + k.scheme() + " kind (" + shippedTerms(type)
                        + ") or a kind declared in this dossier"));
                return Optional.empty();
            }
            if (visited.contains(broader)) {
                if (at == start || start.declaration().term().equals(broader)) {
                    problems.add(start.problem("/broader", "declared kinds form a cycle ("
                            + String.join(" → ", visited) + " → " + broader + "): one of them must name a shipped "
                            + k.scheme() + " kind as its broader"));
                }
                return Optional.empty();
            }
            path.add(broader);
            at = next;
        }
    }

    private static Concept shipped(Class<? extends Concept> type, String term) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.term().equals(term)).findFirst().orElse(null);
    }

    private static String shippedTerms(Class<? extends Concept> type) {
        return Arrays.stream(type.getEnumConstants()).map(Concept::term).collect(Collectors.joining(", "));
    }

    private static Class<? extends Concept> schemeType(String scheme) {
        return SCHEME_TYPES.get(scheme);
    }

    private static final Map<String, Class<? extends Concept>> SCHEME_TYPES = schemeTypes();

    private static Map<String, Class<? extends Concept>> schemeTypes() {
        Map<String, Class<? extends Concept>> types = new HashMap<>();
        SCHEMES.forEach(t -> types.put(scheme(t), t));
        return Map.copyOf(types);
    }

    private static String schemeNames() {
        return SCHEMES.stream().map(Vocabulary::scheme).collect(Collectors.joining(", "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
