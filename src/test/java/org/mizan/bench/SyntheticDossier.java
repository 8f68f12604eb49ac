package org.mizan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.mizan.dossier.DossierLoader;

/**
 * A dossier about {@code scale} times the article's: one country, one government, one coalition, one enemy and
 * the same foreign states and sanctions, with {@code scale} local theatres. Each theatre copies the article's local
 * actors (partner forces) under new ids, with their bases, support lines, oil fields, events, plans, relations and
 * claims wired exactly like the article's: references to local actors point inside the theatre, references to
 * the country-level actors point to the one original. Facts that name no local actor (the government's goals, the
 * US leading the coalition) are not copied. The rules match on structure, not ids, so each theatre is inferred
 * like the article; the sources and header stay single, as in one dossier built from one long report.
 */
public final class SyntheticDossier {

    /** Fields that hold the id of another fact (see org.mizan.dossier.References). */
    private static final Set<String> REFERENCES = Set.of("partOf", "provider", "recipient", "controller",
            "protector", "operator", "actor", "target", "subject", "object", "by", "parties", "sponsors",
            "conditionalOn", "actors");
    /** Display texts that name a fact, numbered in copies so that the brief can tell the theatres apart. */
    private static final Set<String> NAMES = Set.of("name", "title");
    private static final String HEADER_FILE = "dossier.json";
    /**
     * Actors a country has once, whatever the number of theatres: the government, the coalition, foreign states,
     * and the enemy (ISIS and its cells are one organisation fought in every theatre).
     */
    private static final Set<String> COUNTRY_LEVEL = Set.of("military_coalition", "political_coalition", "state",
            "government", "ministry", "terrorist_group");
    /** The dossier's own kinds: a vocabulary, declared once whatever the number of theatres. */
    private static final String KINDS = "kinds";
    /** Fact lists that are national policy, not local arrangements: sanctions steps apply to the country. */
    private static final Set<String> COUNTRY_LEVEL_LISTS = Set.of("sanctions");
    /** Fact lists copied into every theatre even when they name only country-level actors: each has its bases. */
    private static final Set<String> THEATRE_LISTS = Set.of("bases");
    /**
     * Claim kinds that are country-level statistics (Syria's oil share in SDF areas): one per country. Also what
     * keeps "Oil wealth disputed ..." linear: it does not join the share claim to the holder, so copying the claim
     * per theatre would make that rule fire theatres-squared times.
     */
    private static final Set<String> COUNTRY_LEVEL_CLAIMS = Set.of("resource_share");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private SyntheticDossier() {
    }

    /**
     * Writes the dossier as JSON fact files, one per fact type as in facts/, and the hypotheses file; returns the
     * fact count.
     */
    public static int write(Path articleFacts, int scale, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        int facts = 0;
        Map<String, ObjectNode> roots = new TreeMap<>();
        for (Path file : factFiles(articleFacts)) {
            roots.put(file.getFileName().toString(), (ObjectNode) JSON.readTree(file.toFile()));
        }
        Set<String> local = localIds(roots.values());
        // The competing hypotheses are about the country, not a theatre: copied as they are, as generate reads them.
        Path hypotheses = articleFacts.resolve(DossierLoader.RESERVED_FILE);
        if (Files.exists(hypotheses)) {
            Files.copy(hypotheses, outDir.resolve(DossierLoader.RESERVED_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Map.Entry<String, ObjectNode> file : roots.entrySet()) {
            String name = file.getKey();
            ObjectNode out = name.equals(HEADER_FILE) ? file.getValue() : replicate(file.getValue(), scale, local);
            facts += countFacts(out, name);
            JSON.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve(name).toFile(), out);
        }
        return facts;
    }

    private static List<Path> factFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            // The hypotheses file sits in facts/ but is not part of the dossier: the loader skips it, and so do we.
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(DossierLoader.RESERVED_FILE))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /**
     * The ids copied per theatre: local actors, then (to a fixed point, since claims may be about any fact) every
     * fact that refers to something local.
     */
    private static Set<String> localIds(Collection<ObjectNode> roots) {
        List<JsonNode> facts = new ArrayList<>();
        roots.forEach(r -> r.properties().forEach(list -> {
            if (!list.getKey().equals("dossier") && !list.getKey().equals("sources") && !list.getKey().equals(KINDS)) {
                list.getValue().forEach(facts::add);
            }
        }));
        Set<String> local = new HashSet<>();
        facts.stream().filter(f -> f.has("kind") && f.has("name") && isLocalActorKind(f.get("kind").asText()))
                .filter(f -> roots.stream().anyMatch(r -> r.has("actors") && contains(r.get("actors"), f)))
                .forEach(f -> local.add(f.get("id").asText()));
        roots.forEach(r -> THEATRE_LISTS.stream().filter(r::has)
                .forEach(list -> r.get(list).forEach(f -> local.add(f.get("id").asText()))));
        Set<String> single = new HashSet<>();
        roots.forEach(r -> COUNTRY_LEVEL_LISTS.stream().filter(r::has)
                .forEach(list -> r.get(list).forEach(f -> single.add(f.get("id").asText()))));
        facts.stream().filter(f -> f.has("statement") && COUNTRY_LEVEL_CLAIMS.contains(f.path("kind").asText()))
                .forEach(f -> single.add(f.get("id").asText()));
        boolean grew = true;
        while (grew) {
            grew = facts.stream().filter(f -> !local.contains(f.get("id").asText()))
                    .filter(f -> !single.contains(f.get("id").asText()))
                    .filter(f -> references(f).stream().anyMatch(local::contains))
                    .map(f -> local.add(f.get("id").asText())).toList().contains(true);
        }
        return local;
    }

    private static boolean isLocalActorKind(String kind) {
        return !COUNTRY_LEVEL.contains(kind);
    }

    private static boolean contains(JsonNode list, JsonNode fact) {
        for (JsonNode f : list) {
            if (f == fact) {
                return true;
            }
        }
        return false;
    }

    private static List<String> references(JsonNode fact) {
        List<String> ids = new ArrayList<>();
        for (String field : REFERENCES) {
            JsonNode value = fact.get(field);
            if (value != null && value.isTextual()) {
                ids.add(value.asText());
            } else if (value != null && value.isArray()) {
                value.forEach(v -> ids.add(v.asText()));
            }
        }
        return ids;
    }

    private static ObjectNode replicate(ObjectNode root, int scale, Set<String> local) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> list : root.properties()) {
            ArrayNode copies = out.putArray(list.getKey());
            list.getValue().forEach(fact -> copies.add(fact.deepCopy()));
            for (int copy = 1; copy < scale && !list.getKey().equals(KINDS); copy++) {
                for (JsonNode fact : list.getValue()) {
                    if (local.contains(fact.get("id").asText())) {
                        copies.add(renamed((ObjectNode) fact, copy, local));
                    }
                }
            }
        }
        return out;
    }

    private static ObjectNode renamed(ObjectNode fact, int copy, Set<String> local) {
        ObjectNode out = fact.deepCopy();
        out.put("id", suffixed(fact.get("id").asText(), copy));
        for (String field : REFERENCES) {
            JsonNode value = out.get(field);
            if (value != null && value.isTextual() && local.contains(value.asText())) {
                out.put(field, suffixed(value.asText(), copy));
            } else if (value != null && value.isArray()) {
                ArrayNode ids = (ArrayNode) value;
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i).asText();
                    ids.set(i, TextNode.valueOf(local.contains(id) ? suffixed(id, copy) : id));
                }
            }
        }
        NAMES.forEach(field -> numberText(out.get(field), copy));
        return out;
    }

    private static void numberText(JsonNode text, int copy) {
        if (text instanceof ObjectNode t) {
            t.properties().forEach(e -> t.put(e.getKey(), e.getValue().asText() + " " + (copy + 1)));
        }
    }

    private static String suffixed(String id, int copy) {
        return id + "-t" + (copy + 1);
    }

    private static int countFacts(ObjectNode root, String fileName) {
        if (fileName.equals(HEADER_FILE)) {
            return 0;
        }
        int n = 0;
        for (Map.Entry<String, JsonNode> list : root.properties()) {
            n += list.getKey().equals(KINDS) ? 0 : list.getValue().size();
        }
        return n;
    }
}
