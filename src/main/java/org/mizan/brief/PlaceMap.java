package org.mizan.brief;

import java.util.List;

/**
 * A schematic map: the bases and resources the dossier gives an approximate position for, numbered, with a key.
 * The positions are the analyst's placing of the places the sources name ({@code approxPosition} in the facts),
 * never more precise than a town; {@code note} says so on the figure itself. The country outline is the
 * renderer's: it draws the country that holds the places.
 */
public record PlaceMap(List<Place> places, List<Key> keys, String note) implements Diagram {

    public PlaceMap {
        places = List.copyOf(places);
        keys = List.copyOf(keys);
    }

    public enum Kind { BASE, PROPOSED_BASE, RESOURCE }

    /**
     * {@code number} is the marker's text ("3", «٣»), {@code name} what the key lists beside it, {@code target}
     * the anchor of the fact's line in the evidence annex (or null).
     */
    public record Place(String number, String name, double lat, double lon, Kind kind, String target) {
    }

    public record Key(Kind kind, String text) {
    }
}
