package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Base;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Position;
import org.mizan.dossier.Term;
import org.mizan.dossier.Text;

/**
 * The schematic map's model: each place drawn as what its facts say it is (an intelligence centre is not a base; an
 * agreed base whose building is paused is not "under negotiation"), set among the reference cities and the river
 * of the country that holds the places, with its neighbours named, in the brief's language.
 */
class MapFigureTest {

    private static final Templates TEMPLATES = Templates.load(SampleInput.templatesDir());

    private static Base base(String id, BaseRole role, Term<BaseStatus> status, double lat, double lon) {
        return new Base(id, new Text(id, id), new Text("somewhere", "مكان"), "coalition", Term.of(role), status,
                List.of(new Evidence(SampleInput.SOURCE, 20, "x", 2, Attribution.PRESS_REPORT)), List.of(),
                new Position(lat, lon, "test"));
    }

    private static PlaceMap map(Language language, Base... bases) {
        Dossier d = SampleInput.dossier();
        List<Fact> facts = new ArrayList<>(d.facts());
        facts.addAll(List.of(bases));
        BriefInput sample = SampleInput.input();
        BriefInput input = new BriefInput(new Dossier(d.id(), d.title(), d.sources(), facts, d.origins(),
                d.digest()), sample.findings(), sample.factsDigest(), sample.rulesDigest(), sample.templatesDigest(),
                sample.mizanVersion(), null);
        return BriefWalk.figures(BriefBuilder.build(input, language, TEMPLATES)).stream()
                .filter(f -> f.diagram() instanceof PlaceMap).map(f -> (PlaceMap) f.diagram()).findFirst()
                .orElseThrow();
    }

    /** The Sudan dossier's own kind: agreed, its building paused. */
    private static Term<BaseStatus> constructionPaused() {
        return new Term<>("construction_paused", BaseStatus.AGREED, List.of(),
                new Text("agreed, construction paused", "متفق عليها، وإنشاؤها متوقف"));
    }

    @Test
    void places_keep_their_kind_an_intelligence_centre_is_not_a_base_and_a_base_not_in_use_says_its_status() {
        PlaceMap map = map(Language.EN,
                base("base-kobani", BaseRole.COMMAND_HUB, Term.of(BaseStatus.REPORTED), 36.89, 38.35),
                base("base-qamishli", BaseRole.INTELLIGENCE_AND_SURVEILLANCE, Term.of(BaseStatus.REPORTED), 37.05,
                        41.22),
                base("base-damascus", BaseRole.MONITORING, Term.of(BaseStatus.UNDER_NEGOTIATION), 33.51, 36.29));
        assertEquals(List.of(PlaceMap.Kind.BASE, PlaceMap.Kind.INTELLIGENCE_CENTRE, PlaceMap.Kind.PROPOSED_BASE),
                map.places().stream().map(PlaceMap.Place::kind).toList());
        assertEquals(List.of(new PlaceMap.Key(PlaceMap.Kind.BASE, "Base or military point"),
                new PlaceMap.Key(PlaceMap.Kind.PROPOSED_BASE, "Base not yet in use (under negotiation)"),
                new PlaceMap.Key(PlaceMap.Kind.INTELLIGENCE_CENTRE, "Intelligence or security centre")), map.keys());
    }

    @Test
    void an_agreed_base_whose_building_is_paused_is_keyed_in_the_dossiers_words_not_as_under_negotiation() {
        for (Language language : Language.values()) {
            PlaceMap map = map(language,
                    base("base-port-sudan", BaseRole.NAVAL_BASE, constructionPaused(), 19.62, 37.22));
            assertEquals(PlaceMap.Kind.PROPOSED_BASE, map.places().get(0).kind());
            String key = map.keys().get(0).text();
            assertTrue(key.contains(language == Language.EN ? "agreed, construction paused" : "وإنشاؤها متوقف"), key);
            assertFalse(key.contains("negotiation") || key.contains("التفاوض"), key);
        }
    }

    @Test
    void a_map_of_syria_has_the_reference_cities_the_euphrates_and_names_its_neighbours_in_both_languages() {
        Base kobani = base("base-kobani", BaseRole.COMMAND_HUB, Term.of(BaseStatus.REPORTED), 36.89, 38.35);
        PlaceMap.Setting en = map(Language.EN, kobani).setting();
        assertEquals("Syria", en.country());
        assertEquals(List.of("Damascus", "Aleppo", "Raqqa", "Deir ez-Zor", "Hasakah", "Qamishli"),
                en.cities().stream().map(PlaceMap.City::name).toList());
        PlaceMap.River euphrates = en.rivers().get(0);
        assertEquals("Euphrates", euphrates.name());
        assertTrue(euphrates.course().size() > 10, "a course, not a point");
        assertTrue(euphrates.course().stream().anyMatch(p -> Math.abs(p.lat() - 35.34) < 0.1
                && Math.abs(p.lon() - 40.14) < 0.1), "the river runs by Deir ez-Zor");
        assertTrue(en.countryNames().contains(new PlaceMap.Area("Turkey", "Turkey")), "the neighbours are named");
        assertTrue(en.countryNames().contains(new PlaceMap.Area("Iraq", "Iraq")));
        PlaceMap.Setting ar = map(Language.AR, kobani).setting();
        assertEquals("الفرات", ar.rivers().get(0).name());
        assertTrue(ar.cities().stream().anyMatch(c -> c.name().equals("دير الزور")));
        assertTrue(ar.countryNames().contains(new PlaceMap.Area("Turkey", "تركيا")));
        assertEquals("River", en.riverKey());
    }

    @Test
    void a_map_of_sudan_has_port_sudan_khartoum_and_the_nile() {
        PlaceMap.Setting s = map(Language.EN,
                base("base-port-sudan", BaseRole.NAVAL_BASE, constructionPaused(), 19.62, 37.22)).setting();
        assertEquals("Sudan", s.country());
        assertEquals(List.of("Port Sudan", "Khartoum"), s.cities().stream().map(PlaceMap.City::name).toList());
        assertEquals("Nile", s.rivers().get(0).name());
    }

    @Test
    void places_outside_every_country_of_the_reference_get_no_setting() {
        // A base in Libya: the map still draws its outline, with no cities or rivers it does not know.
        PlaceMap map = map(Language.EN, base("base-libya", BaseRole.AIR_BASE, Term.of(BaseStatus.ACTIVE), 32.1,
                20.1));
        assertEquals(PlaceMap.Setting.NONE, map.setting());
    }
}
