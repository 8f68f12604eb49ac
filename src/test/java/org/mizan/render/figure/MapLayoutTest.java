package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mizan.brief.PlaceMap;
import org.mizan.dossier.Language;

@org.junit.jupiter.api.DisplayName("Schematic map layout")
class MapLayoutTest {

    private static final double[] DAMASCUS = {36.29, 33.51};
    private static final double[] QAMISHLI = {41.22, 37.05};

    private static PlaceMap map() {
        return new PlaceMap(List.of(
                new PlaceMap.Place("1", "Proposed base near Damascus", DAMASCUS[1], DAMASCUS[0],
                        PlaceMap.Kind.PROPOSED_BASE, null),
                new PlaceMap.Place("2", "Qamishli", QAMISHLI[1], QAMISHLI[0], PlaceMap.Kind.BASE, "evidence-q"),
                new PlaceMap.Place("3", "Rmeilan oil fields", 37.0, 41.93, PlaceMap.Kind.RESOURCE, null)),
                List.of(new PlaceMap.Key(PlaceMap.Kind.BASE, "Base")), "Positions are approximate.");
    }

    @Test
    void theOutlineIsTheCountryThatHoldsThePlaces() {
        CountryOutlines.Country c = CountryOutlines.holding(List.of(DAMASCUS, QAMISHLI)).orElseThrow();
        assertEquals("Syria", c.name());
        assertTrue(!c.contains(44.4, 33.3), "Baghdad is not in Syria");
    }

    @Test
    void aKnownPlaceLandsInTheRightQuadrantOfTheOutlinesBoundingBox() {
        CountryOutlines.Country syria = CountryOutlines.holding(List.of(DAMASCUS)).orElseThrow();
        MapLayout.Projection p = MapLayout.projection(syria.rings(), List.of());
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (List<double[]> ring : syria.rings()) {
            for (double[] pt : ring) {
                minX = Math.min(minX, p.x(pt[0]));
                maxX = Math.max(maxX, p.x(pt[0]));
                minY = Math.min(minY, p.y(pt[1]));
                maxY = Math.max(maxY, p.y(pt[1]));
            }
        }
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        // Damascus is in the south-west of Syria (y grows southwards), Qamishli in the north-east.
        assertTrue(p.x(DAMASCUS[0]) < midX && p.y(DAMASCUS[1]) > midY, "Damascus not in the lower-left quadrant");
        assertTrue(p.x(QAMISHLI[0]) > midX && p.y(QAMISHLI[1]) < midY, "Qamishli not in the upper-right quadrant");
        assertTrue(maxX - minX <= MapLayout.MAP_WIDTH && maxY - minY <= MapLayout.MAP_HEIGHT, "fits the map area");
        // The projection keeps proportions: Syria spans about 6.7 degrees of longitude and 5 of latitude.
        double aspect = (maxX - minX) / (maxY - minY);
        assertTrue(aspect > 1.0 && aspect < 1.25, "aspect " + aspect);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMapIsNeverMirroredOnlyTheKeyChangesSide(Language lang) {
        Drawing d = FigureLayout.layout(map(), lang);
        assertEquals(480, d.width());
        DrawingChecks.allInside(d);
        Mark.Label damascus = number(d, "1");
        Mark.Label qamishli = number(d, "2");
        assertTrue(qamishli.x() > damascus.x(), "east stays on the right");
        assertTrue(qamishli.y() < damascus.y(), "north stays on top");
        Mark.Label key = DrawingChecks.labels(d).stream().filter(l -> l.text().equals("Qamishli")).findFirst()
                .orElseThrow();
        Mark.Path outline = d.marks().stream().filter(Mark.Path.class::isInstance).map(Mark.Path.class::cast)
                .findFirst().orElseThrow();
        Rect land = DrawingChecks.pathBounds(outline);
        if (lang.rightToLeft()) {
            assertTrue(key.x() + key.width() <= land.x(), "the key is left of the map in Arabic");
        } else {
            assertTrue(key.x() >= land.right(), "the key is right of the map");
        }
        assertEquals("evidence-q", qamishli.target(), "a marker links to the place's evidence");
    }

    @Test
    void markersThatWouldOverlapAreMovedApartWithALeaderBack() {
        PlaceMap close = new PlaceMap(List.of(
                new PlaceMap.Place("1", "Manbij", 36.53, 37.95, PlaceMap.Kind.BASE, null),
                new PlaceMap.Place("2", "Ain Dadat", 36.56, 37.96, PlaceMap.Kind.BASE, null)), List.of(), "");
        Drawing d = FigureLayout.layout(close, Language.EN);
        Rect a = rect(number(d, "1"));
        Rect b = rect(number(d, "2"));
        assertTrue(!a.near(b, 0), "markers overlap");
        assertTrue(DrawingChecks.lines(d).stream().anyMatch(l -> l.width() < 0.5), "a leader ties the moved marker");
    }

    private static PlaceMap syria() {
        PlaceMap.Setting setting = new PlaceMap.Setting("Syria",
                List.of(new PlaceMap.Area("Syria", "Syria"), new PlaceMap.Area("Turkey", "Turkey"),
                        new PlaceMap.Area("Iraq", "Iraq")),
                List.of(new PlaceMap.City("Damascus", 33.51, 36.29), new PlaceMap.City("Deir ez-Zor", 35.34, 40.14)),
                List.of(new PlaceMap.River("Euphrates", List.of(new PlaceMap.Point(37.03, 37.98),
                        new PlaceMap.Point(35.95, 39.01), new PlaceMap.Point(35.34, 40.14),
                        new PlaceMap.Point(34.45, 40.92), new PlaceMap.Point(33.42, 43.30)))),
                "City, for reference", "River");
        return new PlaceMap(List.of(
                new PlaceMap.Place("1", "Kobani base", 36.89, 38.35, PlaceMap.Kind.BASE, null),
                new PlaceMap.Place("2", "Qamishli", QAMISHLI[1], QAMISHLI[0], PlaceMap.Kind.INTELLIGENCE_CENTRE, null),
                new PlaceMap.Place("3", "Proposed base near Damascus", DAMASCUS[1], DAMASCUS[0],
                        PlaceMap.Kind.PROPOSED_BASE, null)),
                List.of(new PlaceMap.Key(PlaceMap.Kind.BASE, "Base")), "Positions are approximate.", setting);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSettingShowsTheNeighboursTheRiverAndTheCitiesInsideTheFrame(Language lang) {
        Drawing d = FigureLayout.layout(syria(), lang);
        DrawingChecks.allInside(d);
        List<Mark.Path> paths = d.marks().stream().filter(Mark.Path.class::isInstance).map(Mark.Path.class::cast)
                .toList();
        assertTrue(paths.stream().filter(p -> p.closed() && p.fill() >= 0).count() > 3,
                "neighbouring countries are drawn around the country");
        assertTrue(paths.stream().anyMatch(p -> !p.closed() && p.strokeWidth() > 0.8), "the river is drawn");
        for (String name : List.of("Turkey", "Iraq", "Euphrates", "Damascus", "Deir ez-Zor", "River",
                "City, for reference")) {
            assertTrue(DrawingChecks.labels(d).stream().anyMatch(l -> l.text().equals(name)), name + " is missing");
        }
        Rect frame = DrawingChecks.pathBounds(paths.stream().filter(p -> p.closed() && p.fill() < 0)
                .findFirst().orElseThrow());
        Mark.Label turkey = DrawingChecks.labels(d).stream().filter(l -> l.text().equals("Turkey")).findFirst()
                .orElseThrow();
        assertTrue(turkey.y() + turkey.height() < frame.y() + frame.h() / 2, "Turkey is named in the north");
        assertTrue(turkey.x() >= frame.x() && turkey.x() + turkey.width() <= frame.right(), "inside the frame");
    }

    @Test
    void anIntelligenceCentreIsADiamondNotABaseSquare() {
        Drawing d = FigureLayout.layout(syria(), Language.EN);
        Mark.Label two = number(d, "2");
        Rect at = new Rect(two.x(), two.y(), two.width(), two.height());
        assertTrue(d.marks().stream().filter(Mark.Path.class::isInstance).map(Mark.Path.class::cast)
                .anyMatch(p -> p.xy().size() == 8 && DrawingChecks.pathBounds(p).near(at, 0)), "no diamond at 2");
        assertTrue(DrawingChecks.boxes(d).stream().noneMatch(b -> b.width() == 10 && DrawingChecks.rect(b).near(at, -3)),
                "a base square at the intelligence centre");
    }

    @Test
    void anUndatedPlaceHasAPalerMarkerAndTheKeySaysWhatPalerMeans() {
        PlaceMap map = new PlaceMap(List.of(
                new PlaceMap.Place("1", "Kobani base", 36.89, 38.35, PlaceMap.Kind.BASE, null, false),
                new PlaceMap.Place("2", "Manbij (undated)", 36.53, 37.95, PlaceMap.Kind.BASE, null, true)),
                List.of(new PlaceMap.Key(PlaceMap.Kind.BASE, "Base")), "", PlaceMap.Setting.NONE,
                "Paler marker: undated");
        Drawing d = FigureLayout.layout(map, Language.EN);
        Mark.Box dated = marker(d, number(d, "1"));
        Mark.Box undated = marker(d, number(d, "2"));
        assertTrue(brightness(undated.fill()) > brightness(dated.fill()) + 60, "the undated base is paler");
        assertTrue(DrawingChecks.labels(d).stream().anyMatch(l -> l.text().equals("Paler marker: undated")));
    }

    private static Mark.Box marker(Drawing d, Mark.Label number) {
        return DrawingChecks.boxes(d).stream().filter(b -> b.width() == 10
                && Math.abs(b.y() - number.y()) < 0.5 && Math.abs(b.x() - number.x() - 2) < 0.5).findFirst()
                .orElseThrow();
    }

    private static int brightness(int rgb) {
        return (rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF);
    }

    @Test
    void theSameMapInItsSettingGivesAnEqualDrawing() {
        assertEquals(FigureLayout.layout(syria(), Language.AR), FigureLayout.layout(syria(), Language.AR));
    }

    @Test
    void theSameMapGivesAnEqualDrawing() {
        assertEquals(FigureLayout.layout(map(), Language.AR), FigureLayout.layout(map(), Language.AR));
    }

    private static Rect rect(Mark.Label l) {
        return new Rect(l.x() + 2, l.y(), l.width() - 4, l.height());
    }

    private static Mark.Label number(Drawing d, String n) {
        // The marker's number on the map, not in the key: the one further from the key's side is the first drawn.
        return DrawingChecks.labels(d).stream().filter(l -> l.text().equals(n)).findFirst().orElseThrow();
    }
}
