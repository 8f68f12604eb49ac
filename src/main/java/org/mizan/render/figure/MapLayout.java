package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.brief.PlaceMap;
import org.mizan.render.Palette;

/**
 * Lays out the schematic map: the outline of the country that holds the places, in a plain equirectangular
 * projection (longitude scaled by the cosine of the middle latitude, which keeps a country of Syria's size in
 * proportion to within a few per cent), numbered markers at the places' approximate positions, and beside the map
 * a key: what each marker shape means, the numbered places, and the note that positions are approximate.
 * Markers that would overlap are moved apart, a hairline tying each back to its position. A map is never
 * mirrored (east stays right in Arabic too); only the key changes side, so it comes first in reading order.
 */
final class MapLayout {

    static final double WIDTH = 480;
    static final double MAP_WIDTH = 200;
    static final double MAP_HEIGHT = 200;
    private static final double MARGIN = 6;
    private static final double GAP = 14;
    private static final double PAD_DEGREES = 0.15;
    private static final double MARKER = 10;
    private static final double NUMBER_SIZE = 6;
    private static final double KEY_SIZE = 7;
    private static final double NOTE_SIZE = 7;
    private static final double LINE_GAP = 1;
    private static final double COLUMN_GAP = 8;
    private static final int BASE_FILL = Palette.ACCENT;
    private static final int RESOURCE_FILL = 0x8A5A00;
    private static final int LAND = 0xF3F1EA;

    /** Degrees to points: x grows east, y grows south, origin at the map area's top left. */
    record Projection(double west, double north, double xScale, double yScale) {
        double x(double lon) {
            return (lon - west) * xScale;
        }

        double y(double lat) {
            return (north - lat) * yScale;
        }
    }

    private MapLayout() {
    }

    static Drawing layout(PlaceMap map, boolean rightToLeft) {
        List<double[]> points = map.places().stream().map(p -> new double[] {p.lon(), p.lat()}).toList();
        Optional<CountryOutlines.Country> country = CountryOutlines.holding(points);
        List<List<double[]>> rings = country.map(CountryOutlines.Country::rings).orElse(List.of());
        Projection projection = projection(rings, points);
        double mapLeft = rightToLeft ? WIDTH - MAP_WIDTH : 0;
        List<Mark> marks = new ArrayList<>();
        double mapBottom = outline(rings, projection, mapLeft, marks);
        mapBottom = Math.max(mapBottom, markers(map, projection, mapLeft, marks));
        List<Mark> key = new ArrayList<>();
        double keyBottom = key(map, MAP_WIDTH + GAP, WIDTH - MARGIN, key);
        if (rightToLeft) {
            key = Mirror.horizontally(new Drawing(WIDTH, keyBottom, key)).marks();
        }
        marks.addAll(key);
        return new Drawing(WIDTH, Math.max(mapBottom, keyBottom) + MARGIN, marks);
    }

    /** The projection that fits the country's outline and every place into the map area. */
    static Projection projection(List<List<double[]>> rings, List<double[]> points) {
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        List<double[]> all = new ArrayList<>(points);
        rings.forEach(all::addAll);
        for (double[] p : all) {
            west = Math.min(west, p[0]);
            east = Math.max(east, p[0]);
            south = Math.min(south, p[1]);
            north = Math.max(north, p[1]);
        }
        west -= PAD_DEGREES;
        east += PAD_DEGREES;
        south -= PAD_DEGREES;
        north += PAD_DEGREES;
        double squeeze = Math.cos(Math.toRadians((north + south) / 2));
        double inner = MAP_WIDTH - 2 * MARGIN;
        double k = Math.min(inner / Math.max(1e-6, (east - west) * squeeze), (MAP_HEIGHT - 2 * MARGIN)
                / Math.max(1e-6, north - south));
        return new Projection(west, north, k * squeeze, k);
    }

    private static double outline(List<List<double[]>> rings, Projection pr, double left, List<Mark> marks) {
        double bottom = 0;
        for (List<double[]> ring : rings) {
            List<Double> xy = new ArrayList<>();
            for (double[] p : ring) {
                xy.add(left + MARGIN + pr.x(p[0]));
                xy.add(MARGIN + pr.y(p[1]));
                bottom = Math.max(bottom, MARGIN + pr.y(p[1]));
            }
            marks.add(new Mark.Path(xy, true, LAND, Palette.MUTED, 0.8));
        }
        return bottom;
    }

    /** Numbered markers, each centred on its place or moved the least distance that clears the others. */
    private static double markers(PlaceMap map, Projection pr, double left, List<Mark> marks) {
        List<Rect> taken = new ArrayList<>();
        List<Mark> leaders = new ArrayList<>();
        List<Mark> symbols = new ArrayList<>();
        double bottom = 0;
        for (PlaceMap.Place place : map.places()) {
            double px = left + MARGIN + pr.x(place.lon());
            double py = MARGIN + pr.y(place.lat());
            Rect at = free(Rect.centred(px, py, MARKER, MARKER), taken);
            taken.add(at);
            if (Math.hypot(at.cx() - px, at.cy() - py) > 0.5) {
                leaders.add(new Mark.Box(px - 1, py - 1, 2, 2, Palette.INK, Palette.INK, 0, 1));
                leaders.add(new Mark.Line(px, py, at.cx(), at.cy(), Palette.INK, 0.4, false));
            }
            symbols.addAll(marker(place.kind(), at, place.number(), place.target()));
            bottom = Math.max(bottom, at.bottom());
        }
        marks.addAll(leaders);
        marks.addAll(symbols);
        return bottom;
    }

    private static Rect free(Rect wanted, List<Rect> taken) {
        if (taken.stream().noneMatch(t -> t.near(wanted, 1))) {
            return wanted;
        }
        for (double radius = 4; radius <= 60; radius += 3) {
            for (int k = 0; k < 12; k++) {
                double a = k * Math.PI / 6;
                Rect r = wanted.moved(radius * Math.cos(a), radius * Math.sin(a));
                if (taken.stream().noneMatch(t -> t.near(r, 1))) {
                    return r;
                }
            }
        }
        return wanted;
    }

    /** A base is a square, a proposed base an outlined square, a resource a circle; the number inside. */
    private static List<Mark> marker(PlaceMap.Kind kind, Rect r, String number, String target) {
        List<Mark> marks = new ArrayList<>();
        int fill = switch (kind) {
            case BASE -> BASE_FILL;
            case PROPOSED_BASE -> 0xFFFFFF;
            case RESOURCE -> RESOURCE_FILL;
        };
        int stroke = kind == PlaceMap.Kind.RESOURCE ? RESOURCE_FILL : BASE_FILL;
        double radius = kind == PlaceMap.Kind.RESOURCE ? r.w() / 2 : 1.5;
        marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), fill, stroke, 1, radius));
        if (number != null && !number.isEmpty()) {
            int ink = kind == PlaceMap.Kind.PROPOSED_BASE ? BASE_FILL : 0xFFFFFF;
            marks.add(new Mark.Label(number, r.x() - 2, r.y(), r.w() + 4, r.h(), NUMBER_SIZE, true, ink,
                    Mark.Align.CENTER, target));
        }
        return marks;
    }

    /**
     * The key, laid out left to right between {@code left} and {@code right}: what each marker means, then the
     * numbered places in two columns (down the first, then the second), then the note. Returns its bottom.
     */
    private static double key(PlaceMap map, double left, double right, List<Mark> marks) {
        double y = MARGIN;
        double textLeft = left + MARKER + 5;
        for (PlaceMap.Key k : map.keys()) {
            y = entry(k.text(), null, k.kind(), null, left, textLeft, right - textLeft, y, KEY_SIZE, Palette.INK,
                    marks);
        }
        y += 3;
        marks.add(new Mark.Line(left, y, right, y, Palette.RULE, 0.5, false));
        y += 4;
        double column = (right - left - COLUMN_GAP) / 2;
        int half = (map.places().size() + 1) / 2;
        double top = y;
        double bottom = y;
        for (int i = 0; i < map.places().size(); i++) {
            PlaceMap.Place p = map.places().get(i);
            double x = i < half ? left : left + column + COLUMN_GAP;
            y = i == half ? top : y;
            y = entry(p.name(), p.number(), p.kind(), p.target(), x, x + MARKER + 5, column - MARKER - 5, y,
                    KEY_SIZE, Palette.INK, marks);
            bottom = Math.max(bottom, y);
        }
        y = bottom + 3;
        TextBlock note = TextBlock.wrap(map.note(), NOTE_SIZE, false, right - left);
        return lines(note, left, y, Palette.MUTED, null, marks);
    }

    private static double entry(String text, String number, PlaceMap.Kind kind, String target, double markerLeft,
                                double textLeft, double width, double y, double size, int rgb, List<Mark> marks) {
        TextBlock block = TextBlock.wrap(text, size, false, width);
        double lineH = block.lineHeight();
        marks.addAll(marker(kind, new Rect(markerLeft, y + (lineH - MARKER) / 2, MARKER, MARKER), number, null));
        return lines(block, textLeft, y, rgb, target, marks) + LINE_GAP;
    }

    /** Each line in a box exactly its width, flush at {@code left} (flush right once mirrored for Arabic). */
    private static double lines(TextBlock block, double left, double y, int rgb, String target, List<Mark> marks) {
        for (String line : block.lines()) {
            double w = TextMetrics.width(line, block.size(), block.bold()) + 1;
            marks.add(new Mark.Label(line, left, y, w, block.lineHeight(), block.size(), block.bold(), rgb,
                    Mark.Align.CENTER, target));
            y += block.lineHeight();
        }
        return y;
    }
}
