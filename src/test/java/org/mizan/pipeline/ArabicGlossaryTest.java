package org.mizan.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.BulletList;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleTrust;

/**
 * One Arabic term per concept (templates/ar/glossary.json): the Arabic brief of the shipped dossier and of the Sudan
 * example uses none of the alternatives the glossary forbids, nor the agreement errors an editor struck
 * («عضوًا تسعين», «لـال», «واثنا عشر»). Read from the document model, which both the PDF and the DOCX render.
 */
class ArabicGlossaryTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();

    /** The shipped glossary's concepts (the method's terms) and the first dossier's own (its actors' names). */
    private static List<JsonNode> concepts() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);
        List<JsonNode> all = new ArrayList<>();
        for (String file : List.of("templates/ar/glossary.json", "facts/templates/ar/glossary.json")) {
            json.readTree(PROJECT.resolve(file).toFile()).get("concepts").forEach(all::add);
        }
        return all;
    }

    private static List<String> forbidden() throws IOException {
        List<String> all = new ArrayList<>();
        concepts().forEach(c -> c.get("forbidden").forEach(f -> all.add(f.asText())));
        return all;
    }

    /** {@code factsDir} is a dossier folder, or one followed by " + " and an update folder that brings it up to date. */
    private static String arabicBrief(String factsDir) {
        String[] parts = factsDir.split(" \\+ ");
        List<Path> updates = parts.length > 1 ? List.of(PROJECT.resolve(parts[1])) : List.of();
        LoadedInputs inputs = LoadedInputs.load(new InputDirs(PROJECT.resolve(parts[0]), PROJECT.resolve("rules"),
                PROJECT.resolve("templates"), List.of(), List.of(), RuleTrust.CHECKED, updates));
        Findings findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        InputDigests d = inputs.digests();
        BriefInput input = new BriefInput(inputs.dossier(), findings, d.facts(), d.rules(), d.templates(), "test",
                null);
        Brief brief = BriefBuilder.build(input, Language.AR, inputs.templates());
        StringBuilder text = new StringBuilder(brief.metadata().title()).append('\n');
        brief.sections().forEach(s -> collect(s, text));
        return text.toString();
    }

    private static void collect(Section section, StringBuilder text) {
        text.append(section.title()).append('\n');
        section.blocks().forEach(b -> paragraphs(b).forEach(p -> text.append(p.plainText()).append('\n')));
        section.subsections().forEach(s -> collect(s, text));
    }

    private static Stream<Paragraph> paragraphs(Block block) {
        if (block instanceof Paragraph p) {
            return Stream.of(p);
        }
        if (block instanceof BulletList l) {
            return l.items().stream();
        }
        if (block instanceof Table t) {
            return Stream.concat(Stream.concat(Stream.of(Paragraph.body(t.caption() == null ? "" : t.caption())),
                    t.header().stream().flatMap(c -> c.paragraphs().stream())),
                    t.rows().stream().flatMap(List::stream).flatMap(c -> c.paragraphs().stream()));
        }
        return Stream.empty();
    }

    @Test
    void everyConceptHasOneTermAndItsForbiddenAlternatives() throws IOException {
        for (JsonNode concept : concepts()) {
            assertTrue(concept.hasNonNull("concept") && concept.hasNonNull("term"), concept.toString());
            assertTrue(concept.get("forbidden").isArray() && concept.get("forbidden").size() > 0, concept.toString());
            concept.get("forbidden").forEach(f -> assertFalse(f.asText().equals(concept.get("term").asText()),
                    "a term cannot forbid itself: " + f));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"facts", "examples/sudan-red-sea", "facts + facts/updates/2026-01-16"})
    void theArabicBriefUsesNoAlternativeTheGlossaryForbids(String factsDir) throws IOException {
        String text = arabicBrief(factsDir);
        for (String alternative : forbidden()) {
            int at = text.indexOf(alternative);
            assertTrue(at < 0, factsDir + ": «" + alternative + "» in: "
                    + (at < 0 ? "" : text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))));
        }
        for (String struck : List.of("عضوًا تسعين", "لـال", "واثنا عشر")) {
            assertFalse(text.contains(struck), factsDir + ": «" + struck + "»");
        }
        assertTrue(text.contains("القوة") && text.contains("حالة قائمة"), "the glossary's terms are used");
    }
}
