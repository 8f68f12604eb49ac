package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.brief.PlaceMap;
import org.mizan.render.Palette;

/**
 * Lays out the schematic map: the country that holds the places, in a plain equirectangular projection (longitude
 * scaled by the cosine of the middle latitude, which keeps a country of Syria's size in proportion to within a few
 * per cent), set in a frame that shows the neighbouring countries around it (cut at the frame, greyer, named where
 * their name fits), the sea, the setting's rivers and reference cities; numbered markers at the places' approximate
 * positions, shaped by what each place is; and beside the map a key: what each marker shape means, the numbered
 * places, the city and river symbols, and the note that positions are approximate. Markers that would overlap are
 * moved apart, a hairline tying each back to its position; names are set where they cover no marker and no other
 * name. A map is never mirrored (east stays right in Arabic too); only the key changes side, so it comes first in
 * reading order.
 */
final class MapLayout {

    static final double WIDTH = 480;
    static final double MAP_WIDTH = 230;
    static final double MAP_HEIGHT = 230;
    private static final double MARGIN = 6;
    private static final double GAP = 14;
    private static final double PAD_DEGREES = 0.15;
    /** Around a country drawn with its setting: enough to show a strip of each neighbour beyond the border. */
    private static final double SETTING_PAD_DEGREES = 0.35;
    private static final double NAME_SIZE = 7;
    private static final double CITY_DOT = 3;
    private static final int SEA = 0xE3ECF3;
    private static final int NEIGHBOUR = 0xE6E4DE;
    private static final int BORDER = 0xA7AFB8;
    private static final int RIVER = 0x4F83B3;
    private static final int INTELLIGENCE_FILL = 0x5E4B8B;
    private static final double MARKER = 10;
    private static final double NUMBER_SIZE = 6;
    private static final double KEY_SIZE = 7;
    private static final double NOTE_SIZE = 7;
    private static final double LINE_GAP = 1;
    private static final double COLUMN_GAP = 8;
    private static final int BASE_FILL = Palette.ACCENT;
    private static final int RESOURCE_FILL = 0x8A5A00;
    private static final int LAND = 0xFBFAF6;

    /** Degrees to points: x grows east, y grows south, origin at the map area's top left. */
    record Projection(double west, double north, double xScale, double yScale, double width, double height) {
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
        PlaceMap.Setting setting = map.setting();
        Optional<CountryOutlines.Country> country = Optional.ofNullable(setting.country())
                .flatMap(CountryOutlines::named).or(() -> CountryOutlines.holding(points));
        List<List<double[]>> rings = country.map(CountryOutlines.Country::rings).orElse(List.of());
        boolean framed = setting.country() != null && country.isPresent();
        Projection projection = projection(rings, points, framed ? SETTING_PAD_DEGREES : PAD_DEGREES);
        double mapLeft = rightToLeft ? WIDTH - MAP_WIDTH : 0;
        Rect frame = new Rect(mapLeft + MARGIN, MARGIN, projection.width(), projection.height());
        List<Mark> marks = new ArrayList<>();
        List<Rect> taken = new ArrayList<>();
        double mapBottom;
        if (framed) {
            marks.add(new Mark.Box(frame.x(), frame.y(), frame.w(), frame.h(), SEA, SEA, 0, 0));
            neighbours(country.get(), projection, frame, marks);
            mapBottom = outline(rings, projection, mapLeft, marks);
            List<List<double[]>> drawn = new ArrayList<>();
            List<List<double[]>> rivers = rivers(setting, projection, frame, marks, drawn);
            marks.add(new Mark.Path(corners(frame), true, -1, Palette.MUTED, 0.5));
            cities(setting, projection, frame, marks, taken);
            List<Rect> placed = new ArrayList<>();
            mapBottom = Math.max(mapBottom, markers(map, projection, mapLeft, marks, placed));
            taken.addAll(placed);
            // Cities first: a city's name belongs right by its dot, a country's or river's may move.
            cityNames(setting, projection, frame, placed, marks, taken, drawn);
            // A name is not set across a river, where the line would strike it through.
            names(setting, country.get(), projection, frame, marks, taken, drawn);
            riverNames(setting, rivers, frame, marks, taken, drawn);
            mapBottom = Math.max(mapBottom, frame.bottom());
        } else {
            mapBottom = outline(rings, projection, mapLeft, marks);
            mapBottom = Math.max(mapBottom, markers(map, projection, mapLeft, marks, new ArrayList<>()));
        }
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
        return projection(rings, points, PAD_DEGREES);
    }

    private static Projection projection(List<List<double[]>> rings, List<double[]> points, double pad) {
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
        west -= pad;
        east += pad;
        south -= pad;
        north += pad;
        double squeeze = Math.cos(Math.toRadians((north + south) / 2));
        double inner = MAP_WIDTH - 2 * MARGIN;
        double k = Math.min(inner / Math.max(1e-6, (east - west) * squeeze), (MAP_HEIGHT - 2 * MARGIN)
                / Math.max(1e-6, north - south));
        return new Projection(west, north, k * squeeze, k, (east - west) * k * squeeze, (north - south) * k);
    }

    /** Every other country that reaches into the frame, cut at it: land around the country, not sea. */
    private static void neighbours(CountryOutlines.Country host, Projection pr, Rect frame, List<Mark> marks) {
        for (CountryOutlines.Country c : CountryOutlines.all()) {
            if (c == host) {
                continue;
            }
            for (List<double[]> ring : c.rings()) {
                List<double[]> cut = Clip.polygon(project(ring, pr, frame), frame);
                if (!cut.isEmpty()) {
                    marks.add(new Mark.Path(flat(cut), true, NEIGHBOUR, BORDER, 0.5));
                }
            }
        }
    }

    /** The setting's rivers, cut at the frame; returns the pieces drawn, in the order of the setting's rivers. */
    private static List<List<double[]>> rivers(PlaceMap.Setting setting, Projection pr, Rect frame,
                                               List<Mark> marks, List<List<double[]>> all) {
        List<List<double[]>> longest = new ArrayList<>();
        for (PlaceMap.River river : setting.rivers()) {
            List<double[]> course = river.course().stream().map(p -> new double[] {frame.x() + pr.x(p.lon()),
                    frame.y() + pr.y(p.lat())}).toList();
            List<double[]> best = List.of();
            for (List<double[]> piece : Clip.polyline(course, frame)) {
                marks.add(new Mark.Path(flat(piece), false, -1, RIVER, 1.1));
                all.add(piece);
                best = length(piece) > length(best) ? piece : best;
            }
            longest.add(best);
        }
        return longest;
    }

    /** A small dark dot at each reference city; its name is set later, where it covers nothing. */
    private static void cities(PlaceMap.Setting setting, Projection pr, Rect frame, List<Mark> marks,
                               List<Rect> taken) {
        for (PlaceMap.City c : setting.cities()) {
            double x = frame.x() + pr.x(c.lon());
            double y = frame.y() + pr.y(c.lat());
            marks.add(new Mark.Box(x - CITY_DOT / 2, y - CITY_DOT / 2, CITY_DOT, CITY_DOT, Palette.INK, Palette.INK,
                    0, CITY_DOT / 2));
            taken.add(Rect.centred(x, y, CITY_DOT, CITY_DOT));
        }
    }

    /**
     * Each named country (the host in bold) at the free spot nearest the middle of its visible part where the
     * whole name lies on the country; a neighbour with no such spot (a sliver at the frame's edge) goes unnamed.
     */
    private static void names(PlaceMap.Setting setting, CountryOutlines.Country host, Projection pr, Rect frame,
                              List<Mark> marks, List<Rect> taken, List<List<double[]>> rivers) {
        for (PlaceMap.Area area : setting.countryNames()) {
            Optional<CountryOutlines.Country> c = CountryOutlines.named(area.outline());
            if (c.isEmpty() || area.name().isBlank()) {
                continue;
            }
            List<List<double[]>> parts = new ArrayList<>();
            for (List<double[]> ring : c.get().rings()) {
                List<double[]> cut = Clip.polygon(project(ring, pr, frame), frame);
                if (!cut.isEmpty()) {
                    parts.add(cut);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            boolean bold = c.get() == host;
            double w = TextMetrics.width(area.name(), NAME_SIZE, bold) + 1;
            double h = TextMetrics.lineHeight(NAME_SIZE);
            Rect spot = spotWithin(parts, w, h, frame, taken, rivers);
            if (spot != null) {
                taken.add(spot);
                marks.add(new Mark.Label(area.name(), spot.x(), spot.y(), w, h, NAME_SIZE, bold,
                        bold ? Palette.MUTED : 0x7B8794, Mark.Align.CENTER, null));
            }
        }
    }

    /** A river's name beside the middle of its longest visible stretch, on whichever side is free. */
    private static void riverNames(PlaceMap.Setting setting, List<List<double[]>> pieces, Rect frame,
                                   List<Mark> marks, List<Rect> taken, List<List<double[]>> rivers) {
        for (int i = 0; i < setting.rivers().size(); i++) {
            String name = setting.rivers().get(i).name();
            List<double[]> piece = pieces.get(i);
            if (name.isBlank() || piece.size() < 2) {
                continue;
            }
            double w = TextMetrics.width(name, NAME_SIZE, false) + 1;
            double h = TextMetrics.lineHeight(NAME_SIZE);
            Rect spot = null;
            for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9}) {
                double[] at = along(piece, t);
                for (double gap : new double[] {2, 6}) {
                    for (int side : new int[] {-1, 1}) {
                        // Beside the river's local course: moved along its normal until the box clears the line.
                        double nx = -at[3] * side;
                        double ny = at[2] * side;
                        double reach = gap + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
                        Rect r = Rect.centred(at[0] + nx * reach, at[1] + ny * reach, w, h);
                        if (spot == null && within(r, frame) && taken.stream().noneMatch(o -> o.near(r, 1))
                                && !crossed(r, rivers)) {
                            spot = r;
                        }
                    }
                }
                if (spot != null) {
                    break;
                }
            }
            if (spot != null) {
                taken.add(spot);
                marks.add(new Mark.Label(name, spot.x(), spot.y(), w, h, NAME_SIZE, false, RIVER, Mark.Align.CENTER,
                        null));
            }
        }
    }

    /**
     * Each city's name beside its dot, or beside the marker standing on it (a base in the city): right, left,
     * above or below, a little further out if need be, the first that covers nothing; else on the right.
     */
    private static void cityNames(PlaceMap.Setting setting, Projection pr, Rect frame, List<Rect> markers,
                                  List<Mark> marks, List<Rect> taken, List<List<double[]>> rivers) {
        for (PlaceMap.City c : setting.cities()) {
            Rect anchor = Rect.centred(frame.x() + pr.x(c.lon()), frame.y() + pr.y(c.lat()), CITY_DOT, CITY_DOT);
            for (Rect m : markers) {
                if (m.near(anchor, 0)) {
                    // A diamond reaches a little beyond its square.
                    anchor = union(anchor, new Rect(m.x() - 1.5, m.y() - 1.5, m.w() + 3, m.h() + 3));
                }
            }
            double w = TextMetrics.width(c.name(), NAME_SIZE, false) + 1;
            double h = TextMetrics.lineHeight(NAME_SIZE);
            Rect spot = null;
            // Clear of rivers if it can be, else only of markers and names.
            for (boolean avoidRivers : new boolean[] {true, false}) {
                for (double gap = 2.5; gap <= 10.5 && spot == null; gap += 4) {
                    for (Rect r : around(anchor, w, h, gap)) {
                        if (within(r, frame) && taken.stream().noneMatch(o -> o.near(r, 0.5))
                                && !(avoidRivers && crossed(r, rivers))) {
                            spot = r;
                            break;
                        }
                    }
                }
            }
            if (spot == null) {
                // Crowded: still named, on whichever side stays in the frame.
                Rect[] near = around(anchor, w, h, 1.5);
                spot = within(near[0], frame) ? near[0] : near[1];
            }
            taken.add(spot);
            marks.add(new Mark.Label(c.name(), spot.x(), spot.y(), w, h, NAME_SIZE, false, Palette.INK,
                    Mark.Align.CENTER, null));
        }
    }

    /** Boxes of w x h around {@code a}, {@code gap} away: right, left, above, below, then the four corners. */
    private static Rect[] around(Rect a, double w, double h, double gap) {
        return new Rect[] {new Rect(a.right() + gap, a.cy() - h / 2, w, h), new Rect(a.x() - gap - w, a.cy() - h / 2, w, h),
                new Rect(a.cx() - w / 2, a.y() - gap - h, w, h), new Rect(a.cx() - w / 2, a.bottom() + gap, w, h),
                new Rect(a.right() + gap, a.y() - h, w, h), new Rect(a.right() + gap, a.bottom(), w, h),
                new Rect(a.x() - gap - w, a.y() - h, w, h), new Rect(a.x() - gap - w, a.bottom(), w, h)};
    }

    private static Rect union(Rect a, Rect b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
    }

    /**
     * The free box of w x h nearest the middle of the largest part whose corners and centre all lie in one part;
     * null if there is none. Searched on a 4-point grid, nearest first, so the result is the same every time.
     */
    private static Rect spotWithin(List<List<double[]>> parts, double w, double h, Rect frame, List<Rect> taken,
                                   List<List<double[]>> rivers) {
        List<double[]> largest = parts.stream().max(java.util.Comparator.comparingDouble(MapLayout::area))
                .orElseThrow();
        double[] mid = centre(largest);
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y = frame.y() + h / 2; y <= frame.bottom() - h / 2; y += 4) {
            for (double x = frame.x() + w / 2; x <= frame.right() - w / 2; x += 4) {
                double d = Math.hypot(x - mid[0], y - mid[1]);
                if (d >= bestDistance) {
                    continue;
                }
                Rect r = Rect.centred(x, y, w, h);
                // Well apart from other names, so a country's name never reads as part of a city's.
                if (parts.stream().anyMatch(p -> covers(p, r)) && taken.stream().noneMatch(o -> o.near(r, 6))
                        && !crossed(r, rivers)) {
                    best = r;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private static boolean crossed(Rect r, List<List<double[]>> lines) {
        for (List<double[]> line : lines) {
            for (int i = 0; i + 1 < line.size(); i++) {
                if (Geometry.crosses(line.get(i)[0], line.get(i)[1], line.get(i + 1)[0], line.get(i + 1)[1], r, 0.5)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(List<double[]> polygon, Rect r) {
        return Clip.contains(polygon, r.x(), r.y()) && Clip.contains(polygon, r.right(), r.y())
                && Clip.contains(polygon, r.x(), r.bottom()) && Clip.contains(polygon, r.right(), r.bottom())
                && Clip.contains(polygon, r.cx(), r.cy());
    }

    private static boolean within(Rect r, Rect frame) {
        return r.x() >= frame.x() && r.y() >= frame.y() && r.right() <= frame.right()
                && r.bottom() <= frame.bottom();
    }

    private static List<double[]> project(List<double[]> ring, Projection pr, Rect frame) {
        return ring.stream().map(p -> new double[] {frame.x() + pr.x(p[0]), frame.y() + pr.y(p[1])}).toList();
    }

    private static List<Double> flat(List<double[]> points) {
        List<Double> xy = new ArrayList<>();
        points.forEach(p -> {
            xy.add(p[0]);
            xy.add(p[1]);
        });
        return xy;
    }

    private static List<Double> corners(Rect r) {
        return List.of(r.x(), r.y(), r.right(), r.y(), r.right(), r.bottom(), r.x(), r.bottom());
    }

    private static double length(List<double[]> line) {
        double sum = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            sum += Math.hypot(line.get(i + 1)[0] - line.get(i)[0], line.get(i + 1)[1] - line.get(i)[1]);
        }
        return sum;
    }

    /** The point at fraction t of the line's length, and the unit direction of the line there: {x, y, dx, dy}. */
    private static double[] along(List<double[]> line, double t) {
        double target = length(line) * t;
        for (int i = 0; i + 1 < line.size(); i++) {
            double[] a = line.get(i);
            double[] b = line.get(i + 1);
            double l = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (target <= l && l > 0) {
                return new double[] {a[0] + (b[0] - a[0]) * target / l, a[1] + (b[1] - a[1]) * target / l,
                        (b[0] - a[0]) / l, (b[1] - a[1]) / l};
            }
            target -= l;
        }
        double[] a = line.get(line.size() - 2);
        double[] b = line.get(line.size() - 1);
        double l = Math.max(1e-9, Math.hypot(b[0] - a[0], b[1] - a[1]));
        return new double[] {b[0], b[1], (b[0] - a[0]) / l, (b[1] - a[1]) / l};
    }

    private static double area(List<double[]> polygon) {
        double sum = 0;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            sum += polygon.get(j)[0] * polygon.get(i)[1] - polygon.get(i)[0] * polygon.get(j)[1];
        }
        return Math.abs(sum) / 2;
    }

    /** The middle of the polygon's bounding box. */
    private static double[] centre(List<double[]> polygon) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : polygon) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
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

    /**
     * Numbered markers, each centred on its place or moved the least distance that clears the others (a reference
     * city's dot does not push one aside: a base in a city sits on its dot); {@code markers} receives their boxes.
     */
    private static double markers(PlaceMap map, Projection pr, double left, List<Mark> marks, List<Rect> markers) {
        List<Mark> leaders = new ArrayList<>();
        List<Mark> symbols = new ArrayList<>();
        double bottom = 0;
        for (PlaceMap.Place place : map.places()) {
            double px = left + MARGIN + pr.x(place.lon());
            double py = MARGIN + pr.y(place.lat());
            Rect at = free(Rect.centred(px, py, MARKER, MARKER), markers);
            markers.add(at);
            if (Math.hypot(at.cx() - px, at.cy() - py) > 0.5) {
                leaders.add(new Mark.Box(px - 1, py - 1, 2, 2, Palette.INK, Palette.INK, 0, 1));
                leaders.add(new Mark.Line(px, py, at.cx(), at.cy(), Palette.INK, 0.4, false));
            }
            symbols.addAll(marker(place.kind(), at, place.number(), place.target(), place.undated()));
            bottom = Math.max(bottom, at.bottom());
        }
        marks.addAll(leaders);
        marks.addAll(symbols);
        return bottom;
    }

    /**
     * The colour of an undated place's marker: halfway to white, still dark enough for its white number, so it
     * reads as the same kind of place, told without a date.
     */
    static int paler(int rgb) {
        int r = (rgb >> 16 & 0xFF) + ((0xFF - (rgb >> 16 & 0xFF)) * 45) / 100;
        int g = (rgb >> 8 & 0xFF) + ((0xFF - (rgb >> 8 & 0xFF)) * 45) / 100;
        int b = (rgb & 0xFF) + ((0xFF - (rgb & 0xFF)) * 45) / 100;
        return r << 16 | g << 8 | b;
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

    /**
     * A base is a square, a base not yet in use an outlined square, an intelligence or security centre a diamond
     * (not a base), a resource a circle; the number inside.
     */
    private static List<Mark> marker(PlaceMap.Kind kind, Rect r, String number, String target, boolean undated) {
        List<Mark> marks = new ArrayList<>();
        int intelligence = undated ? paler(INTELLIGENCE_FILL) : INTELLIGENCE_FILL;
        int base = undated ? paler(BASE_FILL) : BASE_FILL;
        int resource = undated ? paler(RESOURCE_FILL) : RESOURCE_FILL;
        if (kind == PlaceMap.Kind.INTELLIGENCE_CENTRE) {
            // A diamond a little larger than the square, so the number still fits between its sides.
            double half = r.w() / 2 + 1.5;
            marks.add(new Mark.Path(List.of(r.cx(), r.cy() - half, r.cx() + half, r.cy(), r.cx(), r.cy() + half,
                    r.cx() - half, r.cy()), true, intelligence, intelligence, 1));
        } else {
            int fill = switch (kind) {
                case BASE -> base;
                case PROPOSED_BASE -> 0xFFFFFF;
                default -> resource;
            };
            int stroke = kind == PlaceMap.Kind.RESOURCE ? resource : base;
            double radius = kind == PlaceMap.Kind.RESOURCE ? r.w() / 2 : 1.5;
            marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), fill, stroke, 1, radius));
        }
        if (number != null && !number.isEmpty()) {
            int ink = kind == PlaceMap.Kind.PROPOSED_BASE ? base : 0xFFFFFF;
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
            y = entry(k.text(), null, k.kind(), null, false, left, textLeft, right - textLeft, y, KEY_SIZE,
                    Palette.INK, marks);
        }
        if (!map.undatedKey().isBlank()) {
            y = entry(map.undatedKey(), null, PlaceMap.Kind.BASE, null, true, left, textLeft, right - textLeft, y,
                    KEY_SIZE, Palette.INK, marks);
        }
        PlaceMap.Setting setting = map.setting();
        if (!setting.cities().isEmpty() && !setting.cityKey().isBlank()) {
            double lineH = TextMetrics.lineHeight(KEY_SIZE);
            double cx = left + MARKER / 2;
            marks.add(new Mark.Box(cx - CITY_DOT / 2, y + lineH / 2 - CITY_DOT / 2, CITY_DOT, CITY_DOT, Palette.INK,
                    Palette.INK, 0, CITY_DOT / 2));
            y = lines(TextBlock.wrap(setting.cityKey(), KEY_SIZE, false, right - textLeft), textLeft, y, Palette.INK,
                    null, marks) + LINE_GAP;
        }
        if (!setting.rivers().isEmpty() && !setting.riverKey().isBlank()) {
            double lineH = TextMetrics.lineHeight(KEY_SIZE);
            marks.add(new Mark.Line(left, y + lineH / 2, left + MARKER, y + lineH / 2, RIVER, 1.1, false));
            y = lines(TextBlock.wrap(setting.riverKey(), KEY_SIZE, false, right - textLeft), textLeft, y, Palette.INK,
                    null, marks) + LINE_GAP;
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
            y = entry(p.name(), p.number(), p.kind(), p.target(), p.undated(), x, x + MARKER + 5,
                    column - MARKER - 5, y, KEY_SIZE, Palette.INK, marks);
            bottom = Math.max(bottom, y);
        }
        y = bottom + 3;
        TextBlock note = TextBlock.wrap(map.note(), NOTE_SIZE, false, right - left);
        return lines(note, left, y, Palette.MUTED, null, marks);
    }

    private static double entry(String text, String number, PlaceMap.Kind kind, String target, boolean undated,
                                double markerLeft, double textLeft, double width, double y, double size, int rgb,
                                List<Mark> marks) {
        TextBlock block = TextBlock.wrap(text, size, false, width);
        double lineH = block.lineHeight();
        marks.addAll(marker(kind, new Rect(markerLeft, y + (lineH - MARKER) / 2, MARKER, MARKER), number, null,
                undated));
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
