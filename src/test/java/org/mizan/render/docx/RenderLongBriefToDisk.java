package org.mizan.render.docx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.Cell;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.brief.Tone;
import org.mizan.render.SampleBriefs;

/** Writes the samples with a 60-row table appended, to look at header rows repeating; not a test. */
final class RenderLongBriefToDisk {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/docx-long"));
        for (Brief sample : List.of(SampleBriefs.english(), SampleBriefs.arabic())) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                Tone tone = Tone.values()[i % Tone.values().length];
                rows.add(List.of(Cell.text("Row " + i + " " + sample.sections().get(0).title()),
                        new Cell(null, tone, List.of(org.mizan.brief.Paragraph.body(tone.name()))),
                        Cell.text(sample.metadata().title())));
            }
            Table table = new Table("long", "Long table", List.of(2.0, 1.0, 3.0),
                    List.of(Cell.text("A"), Cell.text("B"), Cell.text("C")), rows);
            List<Section> sections = new ArrayList<>(sample.sections());
            sections.add(new Section("long", "Long", 1, List.<Block>of(table), List.of()));
            try (OutputStream out = Files.newOutputStream(dir.resolve("long-" + sample.metadata().language().code()
                    + ".docx"))) {
                new DocxRenderer().render(new Brief(sample.metadata(), sections), out);
            }
        }
    }
}
