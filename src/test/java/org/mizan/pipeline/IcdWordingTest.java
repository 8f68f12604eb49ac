package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.BulletList;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.mizan.inference.Likelihood;

/** ICD 203: in the article's briefs, baseline and scenarios, no sentence holds a likelihood term and "confidence". */
class IcdWordingTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
    private static LoadedInputs in;

    @BeforeAll
    static void load() {
        in = LoadedInputs.load(new InputDirs(PROJECT.resolve("facts"), PROJECT.resolve("rules"),
                PROJECT.resolve("templates")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "coalition-drawdown", "damascus-base-confirmed", "sanctions-relief-reversed",
            "sdf-integrated"})
    void noSentencePutsLikelihoodAndConfidenceTogether(String run) {
        Analysis analysis = Analysis.of(in, PROJECT.resolve("facts"), run);
        InputDigests d = in.digests();
        Brief brief = BriefBuilder.build(new BriefInput(analysis.dossier(), analysis.findings(), d.facts(), d.rules(),
                d.templates(), "test", analysis.note()), Language.EN, in.templates());
        List<String> offending = new ArrayList<>();
        for (String text : texts(brief.sections())) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                String s = sentence.toLowerCase(Locale.ROOT);
                boolean likelihood = Stream.of(Likelihood.values()).anyMatch(l -> s.contains(l.term()));
                if (likelihood && s.contains("confidence")) {
                    offending.add(sentence);
                }
            }
        }
        assertTrue(offending.isEmpty(), "likelihood and confidence in one sentence:\n" + String.join("\n", offending));
    }

    private static List<String> texts(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    out.add(p.plainText());
                } else if (b instanceof BulletList l) {
                    l.items().forEach(p -> out.add(p.plainText()));
                } else if (b instanceof Table t) {
                    t.rows().forEach(r -> r.forEach(c -> c.paragraphs().forEach(p -> out.add(p.plainText()))));
                }
            }
            out.addAll(texts(s.subsections()));
        }
        return out;
    }
}
