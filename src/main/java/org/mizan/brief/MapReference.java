package org.mizan.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mizan.dossier.Language;
import org.mizan.dossier.Position;

/**
 * The reference geography the schematic map sets its places in: per country, a few cities a reader knows and the
 * rivers that place them, and the names of the countries around. Read once from the bundled {@code reference.json}
 * (hand-made and coarse; the file says how coarse and from what), never from the network, so the same dossier gives
 * the same map.
 */
final class MapReference {

    static final String RESOURCE = "/org/mizan/maps/reference.json";

    /** One country's entry: its outline name, the box it lies in, its reference cities and rivers (bilingual). */
    record Region(String outline, double[] bounds, List<JsonNode> cities, List<JsonNode> rivers) {
        boolean holds(Position p) {
            return p.lon() >= bounds[0] && p.lat() >= bounds[1] && p.lon() <= bounds[2] && p.lat() <= bounds[3];
        }
    }

    private static final class Holder {
        static final JsonNode DATA = load();
    }

    private MapReference() {
    }

    /**
     * The setting for places at these positions: the country whose box holds the most of them (ties: the first
     * listed), with the names of every country the file names, in the brief's language; none if no box holds one.
     */
    static PlaceMap.Setting setting(List<Position> positions, Wording w) {
        Language language = w.language();
        Region best = null;
        long most = 0;
        for (Region r : regions()) {
            long count = positions.stream().filter(r::holds).count();
            if (count > most) {
                best = r;
                most = count;
            }
        }
        if (best == null) {
            return PlaceMap.Setting.NONE;
        }
        List<PlaceMap.Area> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : Holder.DATA.path("names").properties()) {
            names.add(new PlaceMap.Area(e.getKey(), e.getValue().path(language.code()).asText()));
        }
        List<PlaceMap.City> cities = best.cities().stream().map(c -> new PlaceMap.City(
                c.path("name").path(language.code()).asText(), c.path("at").path(0).asDouble(),
                c.path("at").path(1).asDouble())).toList();
        List<PlaceMap.River> rivers = new ArrayList<>();
        for (JsonNode r : best.rivers()) {
            List<PlaceMap.Point> course = new ArrayList<>();
            r.path("points").forEach(p -> course.add(new PlaceMap.Point(p.path(0).asDouble(), p.path(1).asDouble())));
            rivers.add(new PlaceMap.River(r.path("name").path(language.code()).asText(), course));
        }
        return new PlaceMap.Setting(best.outline(), names, cities, rivers, w.label("map.city"), w.label("map.river"));
    }

    static List<Region> regions() {
        List<Region> regions = new ArrayList<>();
        for (JsonNode c : Holder.DATA.path("countries")) {
            JsonNode b = c.path("bounds");
            double[] bounds = {b.path(0).asDouble(), b.path(1).asDouble(), b.path(2).asDouble(), b.path(3).asDouble()};
            List<JsonNode> cities = new ArrayList<>();
            c.path("cities").forEach(cities::add);
            List<JsonNode> rivers = new ArrayList<>();
            c.path("rivers").forEach(rivers::add);
            regions.add(new Region(c.path("outline").asText(), bounds, cities, rivers));
        }
        return regions;
    }

    private static JsonNode load() {
        try (InputStream in = MapReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
