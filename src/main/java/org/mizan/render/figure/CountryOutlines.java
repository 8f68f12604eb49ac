package org.mizan.render.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Country borders from the bundled Natural Earth 1:50m TopoJSON (npm world-atlas 2.0.2, fetched at a pinned
 * checksum by the build; see pom.xml and org/mizan/maps/LICENSE). Decoded here, in a few lines, rather than with a
 * library: the Java GIS libraries that read TopoJSON (GeoTools and the like) bring dozens of jars for what is,
 * for one country's outline, cumulative sums over quantized arcs. Only polygons are read, which is all a country
 * is. Loaded once, on first use.
 */
final class CountryOutlines {

    static final String RESOURCE = "/org/mizan/maps/countries-50m.json";

    /** A country's rings, each a list of {lon, lat} points, closed (the last point repeats the first). */
    record Country(String name, List<List<double[]>> rings) {

        /** Whether (lon, lat) is inside the country: inside an odd number of its rings (holes count). */
        boolean contains(double lon, double lat) {
            boolean inside = false;
            for (List<double[]> ring : rings) {
                for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                    double[] a = ring.get(i);
                    double[] b = ring.get(j);
                    if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    private static final class Holder {
        static final List<Country> ALL = load();
    }

    private CountryOutlines() {
    }

    static List<Country> all() {
        return Holder.ALL;
    }

    /** The country that holds the most of these {lon, lat} points (ties: the first in the data), if any holds one. */
    static Optional<Country> holding(List<double[]> points) {
        Country best = null;
        long bestCount = 0;
        for (Country c : all()) {
            long count = points.stream().filter(p -> c.contains(p[0], p[1])).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country of this Natural Earth name, if the data has it. */
    static Optional<Country> named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static List<Country> load() {
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build fetches it (mvn package)");
            }
            return decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * TopoJSON: arcs are shared lines of quantized, delta-encoded points; x = sum(dx) * scale + translate. A ring
     * lists arc indices, ~i (= -i - 1) meaning arc i reversed; consecutive arcs share their end point.
     */
    static List<Country> decode(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> points = new ArrayList<>();
            double x = 0;
            double y = 0;
            for (JsonNode p : arc) {
                x += p.path(0).asDouble();
                y += p.path(1).asDouble();
                points.add(new double[] {x * sx + tx, y * sy + ty});
            }
            arcs.add(points);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode g : topology.path("objects").path("countries").path("geometries")) {
            List<List<double[]>> rings = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) {
                g.path("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
            } else if ("MultiPolygon".equals(g.path("type").asText())) {
                g.path("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring, arcs))));
            }
            if (!rings.isEmpty()) {
                countries.add(new Country(g.path("properties").path("name").asText(""), List.copyOf(rings)));
            }
        }
        return List.copyOf(countries);
    }

    private static List<double[]> ring(JsonNode indices, List<List<double[]>> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode index : indices) {
            int i = index.asInt();
            List<double[]> arc = new ArrayList<>(arcs.get(i >= 0 ? i : ~i));
            if (i < 0) {
                java.util.Collections.reverse(arc);
            }
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring;
    }
}
