package org.mizan.render.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;

import org.mizan.brief.Section;

/**
 * The document outline: one bookmark per section, nested like the sections, each going to the named destination
 * on the section's heading. Sections without an anchor get a generated one, so every heading can be a target.
 */
final class Outline {

    private final Map<Section, String> anchors = new IdentityHashMap<>();
    private int generated;

    /** Assigns every section its anchor; call before building bookmarks or writing headings. */
    Outline(List<Section> sections) {
        name(sections);
    }

    String anchor(Section section) {
        return anchors.get(section);
    }

    void bookmark(PdfOutline parent, List<Section> sections) {
        for (Section s : sections) {
            PdfOutline item = new PdfOutline(parent, PdfAction.gotoLocalPage(anchor(s), false), s.title(), true);
            bookmark(item, s.subsections());
        }
    }

    private void name(List<Section> sections) {
        for (Section s : sections) {
            anchors.put(s, s.anchor() != null ? s.anchor() : "mizan-section-" + (++generated));
            name(s.subsections());
        }
    }
}
