package org.mizan.brief;

import java.util.List;

/**
 * A schematic map: the bases and resources the dossier gives an approximate position for, numbered, with a key,
 * drawn in their setting (the country that holds them, its neighbours, a few reference cities and rivers) so a
 * reader can tell where they are. The positions are the analyst's placing of the places the sources name
 * ({@code approxPosition} in the facts), never more precise than a town; {@code note} says so on the figure itself.
 * Country outlines are the renderer's (it holds them); the setting names the countries to label and gives the
 * cities and rivers, in the brief's language.
 */
public record PlaceMap(List<Place> places, List<Key> keys, String note, Setting setting, String undatedKey)
        implements Diagram {

    /** {@code undatedKey}: what a paler marker means (an undated place), blank when no place is undated. */
    public PlaceMap {
        places = List.copyOf(places);
        keys = List.copyOf(keys);
        setting = setting == null ? Setting.NONE : setting;
        undatedKey = undatedKey == null ? "" : undatedKey;
    }

    public PlaceMap(List<Place> places, List<Key> keys, String note, Setting setting) {
        this(places, keys, note, setting, "");
    }

    /** A map of the places alone: the outline of the country that holds them, nothing around it. */
    public PlaceMap(List<Place> places, List<Key> keys, String note) {
        this(places, keys, note, Setting.NONE, "");
    }

    /**
     * What the source says a place is, which decides its marker: a base or military point (square), one not yet
     * in use, whether offered, under negotiation or agreed (outlined square), an intelligence or security centre
     * (diamond: not a base), a resource (circle).
     */
    public enum Kind { BASE, PROPOSED_BASE, INTELLIGENCE_CENTRE, RESOURCE }

    /**
     * {@code number} is the marker's text ("3", «٣»), {@code name} what the key lists beside it, {@code target}
     * the anchor of the fact's line in the evidence annex (or null). {@code undated}: the sources give no time for
     * the place's fact (a base "set up over the following years"), so it is not shown as standing at the cut-off;
     * the key's name already says "undated".
     */
    public record Place(String number, String name, double lat, double lon, Kind kind, String target,
                        boolean undated) {

        public Place(String number, String name, double lat, double lon, Kind kind, String target) {
            this(number, name, lat, lon, kind, target, false);
        }
    }

    public record Key(Kind kind, String text) {
    }

    /**
     * The places' surroundings, for orientation: {@code country} is the outline (its Natural Earth name) that holds
     * the places; {@code countryNames} how to label it and each neighbour the map may show; {@code cities} and
     * {@code rivers} reference features, with the key's words for them ({@code cityKey}, {@code riverKey}).
     */
    public record Setting(String country, List<Area> countryNames, List<City> cities, List<River> rivers,
                          String cityKey, String riverKey) {

        public static final Setting NONE = new Setting(null, List.of(), List.of(), List.of(), "", "");

        public Setting {
            countryNames = List.copyOf(countryNames);
            cities = List.copyOf(cities);
            rivers = List.copyOf(rivers);
        }
    }

    /** A country's label on the map: {@code outline} its Natural Earth name, {@code name} in the brief's language. */
    public record Area(String outline, String name) {
    }

    public record City(String name, double lat, double lon) {
    }

    /** A river's coarse course, upstream first. */
    public record River(String name, List<Point> course) {
        public River {
            course = List.copyOf(course);
        }
    }

    public record Point(double lat, double lon) {
    }
}
