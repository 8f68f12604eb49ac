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
}
