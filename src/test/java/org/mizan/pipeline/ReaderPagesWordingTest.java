package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.Figure;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;

/**
 * The reader's pages speak to the reader, not about the machine (issue 23, item 7): the default brief's text, taken
 * from its document model (every heading, paragraph, list item, table cell and caption, figure caption and alternative
 * text), holds none of the method's jargon and no slug a fact, finding, risk type or source is known by inside the
 * dossier, in either language. The short labels (R3, D4, E12) are the brief's own and may appear.
 */
class ReaderPagesWordingTest {

    /** What a desk analyst would strike: how the machine works, not what the sources say. */
    private static final List<String> JARGON = List.of("the rules found", "the rules reached", "the rules rated",
            "the rules find", "rule's default", "weighted inconsistency", "findings.json", "rules/", ".drl",
            "risks.json", "checksum", "sha-256", "document id", "inference rule",
            "قواعد الاستدلال", "قاعدة الاستدلال", "التقدير الافتراضي", "ملف النتائج", "درجة التعارض الموزونة",
            "بصمات التحقق", "معرّف الوثيقة");

    private static final Map<Language, Brief> BRIEFS = new EnumMap<>(Language.class);
    private static final Set<String> SLUGS = new TreeSet<>();

    @BeforeAll
    static void buildTheDefaultBriefs() {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
        LoadedInputs inputs = LoadedInputs.load(new InputDirs(project.resolve("facts"), project.resolve("rules"),
                project.resolve("templates")));
        Findings findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        // The brief as generate builds it, with what its judgments hinge on and the competing hypotheses.
        BriefInput input = Generation.briefInput(inputs, new Generation.Subject(inputs.dossier(), findings, null,
                null, Set.of()));
        assertTrue(!input.ach().isEmpty() && !input.sensitivity().facts().isEmpty(), "every section is built");
        for (Language language : Language.values()) {
            BRIEFS.put(language, BriefBuilder.build(input, language, inputs.templates()));
        }
        // The ids a dossier and its findings use: the hyphenated ones cannot be ordinary words.
        inputs.dossier().facts().forEach(f -> SLUGS.add(f.id()));
        inputs.dossier().sources().forEach(s -> SLUGS.add(s.id()));
        findings.risks().forEach(r -> {
            SLUGS.add(r.id());
            SLUGS.add(r.type());
        });
        findings.dependencies().forEach(dep -> SLUGS.add(dep.id()));
        SLUGS.removeIf(id -> id == null || !id.contains("-"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noMethodJargonOnTheReadersPages(Language language) {
        String text = String.join("\n", text(BRIEFS.get(language))).toLowerCase(Locale.ROOT);
        List<String> found = JARGON.stream().filter(text::contains).toList();
        assertTrue(found.isEmpty(), language.code() + ": " + found + around(text, found));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noIdOfTheDossierOnTheReadersPages(Language language) {
        assertTrue(SLUGS.size() > 50, "the dossier's hyphenated ids: " + SLUGS);
        String text = String.join("\n", text(BRIEFS.get(language)));
        List<String> found = SLUGS.stream().filter(id -> text.matches("(?s).*(?<![\\w-])" + java.util.regex.Pattern
                .quote(id) + "(?![\\w-]).*")).toList();
        assertTrue(found.isEmpty(), language.code() + ": " + found + around(text, found));
    }

    /** The first place each phrase occurs, for the failure message. */
    private static String around(String text, List<String> found) {
        StringBuilder s = new StringBuilder();
        for (String f : found) {
            int i = text.indexOf(f);
            s.append("\n  … ").append(text, Math.max(0, i - 60), Math.min(text.length(), i + f.length() + 60))
                    .append(" …");
        }
        return s.toString();
    }

    /** Every string on the brief's pages, from its document model. */
    private static List<String> text(Brief brief) {
        List<String> text = new ArrayList<>(List.of(brief.metadata().title(), brief.metadata().subtitle()));
        brief.sections().forEach(s -> section(s, text));
        return text;
    }

    private static void section(Section s, List<String> text) {
        text.add(s.title());
        s.blocks().forEach(b -> block(b, text));
        s.subsections().forEach(sub -> section(sub, text));
    }

    private static void block(Block b, List<String> text) {
        if (b instanceof Paragraph p) {
            text.add(p.plainText());
        } else if (b instanceof BulletList l) {
            l.items().forEach(p -> text.add(p.plainText()));
        } else if (b instanceof Table t) {
            text.add(t.caption());
            t.header().forEach(c -> cell(c, text));
            t.rows().forEach(row -> row.forEach(c -> cell(c, text)));
        } else if (b instanceof Figure f) {
            text.add(f.caption());
            text.add(f.altText());
        }
    }

    private static void cell(Cell c, List<String> text) {
        c.paragraphs().forEach(p -> text.add(p.plainText()));
    }
}
