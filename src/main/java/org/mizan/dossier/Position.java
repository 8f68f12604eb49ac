package org.mizan.dossier;

/**
 * Where a base or resource is, roughly: latitude and longitude in degrees (WGS 84), and the analyst's basis for
 * them in words ("town centre of al-Hasakah; the source says the Hasakah countryside"). Always approximate: the
 * sources name places, not coordinates, so a position is only good enough for a schematic map, and the brief says
 * so. Boxed numbers, so that a missing one is reported as missing rather than read as 0.
 */
public record Position(Double lat, Double lon, String basis) {

    /** What is wrong with the latitude, or null if it is on the globe (or missing: reported as missing). */
    String latProblem() {
        return lat != null && (lat.isNaN() || lat < -90 || lat > 90)
                ? "latitude " + lat + " is off the globe: it must be between -90 and 90 (degrees north)" : null;
    }

    /** What is wrong with the longitude, or null. */
    String lonProblem() {
        return lon != null && (lon.isNaN() || lon < -180 || lon > 180)
                ? "longitude " + lon + " is off the globe: it must be between -180 and 180 (degrees east)" : null;
    }
}
