package org.mizan.brief;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mizan.dossier.Base;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Position;
import org.mizan.dossier.Resource;

/**
 * The schematic map of bases and resources, from the positions the dossier gives (optional, approximate). Bases
 * first, then resources, each in dossier order; a base under negotiation is marked as proposed, one reported
 * closed is left off (the map shows what stands or may stand). No positions, no map.
 */
final class MapFigure {

    /**
     * Places on the map, at most: the article has 14. Its key must fit beside it on one page (a tenfold dossier's
     * 120 made a figure taller than a page, which OpenPDF cannot place), and a reader cannot use more.
     */
    static final int MAX_PLACES = 24;

    private MapFigure() {
    }

    static Optional<Figure> build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Fact> positioned = new ArrayList<>();
        ctx.input().dossier().current().stream().filter(f -> f instanceof Base b && b.approxPosition() != null
                && !b.status().isA(BaseStatus.CLOSED)).forEach(positioned::add);
        ctx.input().dossier().current().stream().filter(f -> f instanceof Resource r && r.approxPosition() != null)
                .forEach(positioned::add);
        int total = positioned.size();
        if (total > MAX_PLACES) {
            // At scale (12,000 places at 1000x) a map of every place is unreadable, and its layout took minutes:
            // the map keeps the places the brief cites (its evidence annex), in the same order, up to the cap, and
            // its note says how many it shows.
            positioned = positioned.stream().filter(f -> ctx.shown(f.id())).limit(MAX_PLACES).toList();
        }
        if (positioned.isEmpty()) {
            return Optional.empty();
        }
        List<PlaceMap.Place> places = new ArrayList<>();
        Set<PlaceMap.Kind> used = EnumSet.noneOf(PlaceMap.Kind.class);
        for (Fact f : positioned) {
            PlaceMap.Kind kind = kind(f);
            used.add(kind);
            Position p = f instanceof Base b ? b.approxPosition() : ((Resource) f).approxPosition();
            String name = ctx.names().of(f.id());
            places.add(new PlaceMap.Place(w.number(places.size() + 1L),
                    f.undated() ? name + " (" + w.label("word.undated") + ")" : name, p.lat(), p.lon(),
                    kind, ctx.shown(f.id()) ? Anchors.evidence(f.id()) : null, f.undated()));
        }
        List<PlaceMap.Key> keys = new ArrayList<>();
        for (PlaceMap.Kind k : PlaceMap.Kind.values()) {
            if (used.contains(k)) {
                keys.add(new PlaceMap.Key(k, w.label("map." + k.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'))));
            }
        }
        String note = w.label("map.note");
        if (places.size() < total) {
            note += " " + w.label("map.partial").replace("{shown}", w.number(places.size()))
                    .replace("{total}", w.number(total));
        }
        PlaceMap map = new PlaceMap(places, keys, note);
        return Optional.of(new Figure(Anchors.MAP_FIGURE, w.label("caption.map"), w.label("alt.map"), map));
    }

    private static PlaceMap.Kind kind(Fact f) {
        if (f instanceof Base b) {
            return b.status().isA(BaseStatus.PROSPECTIVE) ? PlaceMap.Kind.PROPOSED_BASE : PlaceMap.Kind.BASE;
        }
        return PlaceMap.Kind.RESOURCE;
    }
}
