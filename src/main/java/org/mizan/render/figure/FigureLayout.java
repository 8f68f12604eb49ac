package org.mizan.render.figure;

import org.mizan.brief.DependencyGraph;
import org.mizan.brief.Diagram;
import org.mizan.brief.PlaceMap;
import org.mizan.brief.RiskMatrix;
import org.mizan.dossier.Language;

/**
 * Turns a diagram of the brief into a Drawing both renderers can paint: 480 pt wide (an A4 text column), as
 * tall as it needs. Text is measured with the brief's own font, so boxes fit their labels and labels never
 * overlap. In a right-to-left language the whole figure is mirrored, so it reads in the same order as the
 * text around it: the matrix's likelihood labels stand on the right and impact grows leftwards, like the
 * brief's Arabic tables, whose first column is on the right.
 */
public final class FigureLayout {

    private FigureLayout() {
    }

    /** A pure function of its arguments: the same diagram always gives an equal drawing. */
    public static Drawing layout(Diagram diagram, Language language) {
        if (diagram instanceof PlaceMap map) {
            // A map keeps its geography: it lays out its key on the reading side itself, never mirrored.
            return MapLayout.layout(map, language.rightToLeft());
        }
        Drawing drawing;
        if (diagram instanceof DependencyGraph graph) {
            drawing = GraphLayout.layout(graph);
        } else {
            drawing = MatrixLayout.layout((RiskMatrix) diagram);
        }
        return language.rightToLeft() ? Mirror.horizontally(drawing) : drawing;
    }
}
