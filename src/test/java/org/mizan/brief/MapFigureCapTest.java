package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Term;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Base;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Position;
import org.mizan.dossier.Text;
import org.mizan.render.pdf.PdfRenderer;

/**
 * A dossier with more positioned places than a map can hold: the map keeps {@link MapFigure#MAX_PLACES}, says how
 * many of how many it shows, and the brief still renders (a tenfold dossier's 120 places made a figure taller than a
 * page, and the PDF failed).
 */
class MapFigureCapTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());

    private static BriefInput withBases(int count) {
        Dossier d = SampleInput.dossier();
        List<Fact> facts = new ArrayList<>(d.facts());
        for (int i = 0; i < count; i++) {
            facts.add(new Base("base-" + i, new Text("Base " + i, "قاعدة " + i), new Text("Somewhere", "مكان"),
                    "coalition", Term.of(BaseRole.LOGISTICS), Term.of(BaseStatus.REPORTED),
                    List.of(new Evidence(SampleInput.SOURCE, 20, "x", 2, Attribution.PRESS_REPORT)), List.of(),
                    new Position(33.0 + (i % 10) * 0.4, 36.0 + (i / 10) * 0.5, "test")));
        }
        BriefInput sample = SampleInput.input();
        return new BriefInput(new Dossier(d.id(), d.title(), d.sources(), facts, d.origins(), d.digest()),
                sample.findings(), sample.factsDigest(), sample.rulesDigest(), sample.templatesDigest(),
                sample.mizanVersion(), null);
    }

    private static PlaceMap map(Brief brief) {
        return BriefWalk.figures(brief).stream().filter(f -> f.diagram() instanceof PlaceMap)
                .map(f -> (PlaceMap) f.diagram()).findFirst().orElseThrow();
    }

    @Test
    void aMapOfManyPlacesShowsTheCapAndSaysSoAndTheBriefRenders() throws Exception {
        Brief brief = BriefBuilder.build(withBases(120), Language.EN, templates);
        PlaceMap map = map(brief);
        assertEquals(MapFigure.MAX_PLACES, map.places().size());
        assertTrue(map.note().contains("The map shows 24 of the 120 places"), map.note());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRenderer().render(brief, pdf);
        assertTrue(pdf.size() > 0);
    }

    @Test
    void nearMissAMapWithinTheCapShowsEveryPlaceAndSaysNothingOfACap() {
        PlaceMap map = map(BriefBuilder.build(withBases(MapFigure.MAX_PLACES), Language.EN, templates));
        assertEquals(MapFigure.MAX_PLACES, map.places().size());
        assertFalse(map.note().contains("The map shows"), map.note());
    }
}
