package org.mizan.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mizan.dossier.Base;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Position;
import org.mizan.dossier.Resource;
import org.mizan.dossier.Term;

/**
 * The schematic map of bases and resources, from the positions the dossier gives (optional, approximate). Bases
 * first, then resources, each in dossier order; each drawn as what its facts say it is (a base not yet in use,
 * with its status in the key's words; an intelligence centre apart from bases); one reported closed is left off
 * (the map shows what stands or may stand). The setting (neighbours, reference cities, rivers) comes from the
 * bundled reference geography ({@link MapReference}). No positions, no map.
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
        Map<PlaceMap.Kind, Set<String>> used = new EnumMap<>(PlaceMap.Kind.class);
        List<Position> positions = new ArrayList<>();
        for (Fact f : positioned) {
            PlaceMap.Kind kind = kind(f);
            Set<String> states = used.computeIfAbsent(kind, k -> new LinkedHashSet<>());
            if (kind == PlaceMap.Kind.PROPOSED_BASE) {
                states.add(status(w, ((Base) f).status()));
            }
            Position p = f instanceof Base b ? b.approxPosition() : ((Resource) f).approxPosition();
            positions.add(p);
            String name = ctx.names().of(f.id());
            places.add(new PlaceMap.Place(w.number(places.size() + 1L),
                    f.undated() ? name + " (" + w.label("word.undated") + ")" : name, p.lat(), p.lon(),
                    kind, ctx.shown(f.id()) ? Anchors.evidence(f.id()) : null, f.undated()));
        }
        List<PlaceMap.Key> keys = new ArrayList<>();
        for (PlaceMap.Kind k : PlaceMap.Kind.values()) {
            if (used.containsKey(k)) {
                String text = w.label("map." + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                // A base not yet in use says where it stands, as its facts do: offered, under negotiation, agreed...
                keys.add(new PlaceMap.Key(k, used.get(k).isEmpty() ? text
                        : text + " (" + String.join(w.label("list.strong-separator"), used.get(k)) + ")"));
            }
        }
        String note = w.label("map.note");
        if (places.size() < total) {
            note += " " + w.label("map.partial").replace("{shown}", w.number(places.size()))
                    .replace("{total}", w.number(total));
        }
        boolean undated = places.stream().anyMatch(PlaceMap.Place::undated);
        PlaceMap map = new PlaceMap(places, keys, note, MapReference.setting(positions, w),
                undated ? w.label("map.undated") : "");
        return Optional.of(new Figure(Anchors.MAP_FIGURE, w.label("caption.map"), w.label("alt.map"), map));
    }

    /**
     * What the source says the place is: a base not yet in use (offered, negotiated, agreed) is outlined, an
     * intelligence or security centre is not drawn as a base, and a resource is a resource.
     */
    static PlaceMap.Kind kind(Fact f) {
        if (f instanceof Base b) {
            if (b.status().isA(BaseStatus.PROSPECTIVE)) {
                return PlaceMap.Kind.PROPOSED_BASE;
            }
            return b.role() != null && b.role().isA(BaseRole.INTELLIGENCE_AND_SURVEILLANCE)
                    ? PlaceMap.Kind.INTELLIGENCE_CENTRE : PlaceMap.Kind.BASE;
        }
        return PlaceMap.Kind.RESOURCE;
    }

    /** The status in the dossier's own words when it declared a narrower one ("agreed, construction paused"). */
    private static String status(Wording w, Term<BaseStatus> status) {
        return status.declared() ? status.label().in(w.language()) : w.word(status.concept());
    }
}
