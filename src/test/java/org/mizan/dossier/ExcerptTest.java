package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every excerpt of the dossier is a quotation of the paragraph it cites, in the texts the project keeps in
 * facts/sources/ (nothing outside the repository is read).
 */
class ExcerptTest {

    @Test
    void the_project_holds_the_text_of_every_source_it_cites() {
        Dossier dossier = DossierLoader.load(ProjectFiles.factsDir());
        SourceTexts texts = SourceTexts.read(ProjectFiles.factsDir());
        assertEquals(List.of(), texts.notChecked(dossier));
        assertEquals(List.of(), texts.problems());
    }

    @Test
    void each_text_has_the_paragraphs_its_source_declares() {
        Dossier dossier = DossierLoader.load(ProjectFiles.factsDir());
        SourceTexts texts = SourceTexts.read(ProjectFiles.factsDir());
        assertEquals(46, texts.of("northpress-2025-11-10").orElseThrow().paragraphs().size());
        for (Source source : dossier.sources()) {
            assertEquals(source.paragraphs(), texts.of(source.id()).orElseThrow().paragraphs().size(), source.id());
        }
    }

    @Test
    void every_excerpt_is_quoted_from_its_cited_paragraph() {
        Dossier dossier = DossierLoader.load(ProjectFiles.factsDir());
        SourceTexts texts = SourceTexts.read(ProjectFiles.factsDir());
        List<String> misquoted = new ArrayList<>();
        for (Fact fact : dossier.facts()) {
            for (Evidence e : fact.evidenceItems()) {
                String paragraph = texts.of(e.source()).orElseThrow().paragraph(e.paragraph()).orElseThrow();
                if (!Quotation.quotes(paragraph, e.excerpt())) {
                    misquoted.add(fact.id() + " (" + e.source() + " ¶" + e.paragraph() + "): " + e.excerpt());
                }
            }
        }
        assertEquals(List.of(), misquoted);
    }

    @Test
    void one_arabic_word_changed_in_an_excerpt_is_reported_at_the_fact_with_the_closest_passage(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path facts = FactsDir.copyOfProject(tmp);
        Path goals = facts.resolve("goals.json");
        String original = "\"excerpt\": \"تخفيف العقوبات الاقتصادية المفروضة على سوريا";
        String json = Files.readString(goals);
        assertTrue(json.contains(original));
        Files.writeString(goals, json.replace(original, "\"excerpt\": \"تخفيف العقوبات العسكرية المفروضة على سوريا"));
        int line = lineOf(Files.readString(goals), "العقوبات العسكرية");

        List<String> messages = FactsDir.problemsOf(facts);

        assertEquals(1, messages.size(), messages.toString());
        String m = messages.get(0);
        assertTrue(m.startsWith(FactsDir.shown(goals) + ":" + line + ":"), m);
        assertTrue(m.contains("excerpt is not in paragraph 32 of source \"northpress-2025-11-10\""), m);
        assertTrue(m.contains("closest passage there is «تخفيف العقوبات الاقتصادية المفروضة على سوريا"), m);
    }

    @Test
    void a_year_the_cited_paragraph_does_not_give_must_be_marked_inferred(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Path facts = FactsDir.copyOfProject(tmp);
        Path events = facts.resolve("events.json");
        Files.writeString(events, Files.readString(events).replace("\"date\": \"2015-01\"", "\"date\": \"2016-01\""));

        List<String> messages = FactsDir.problemsOf(facts);

        assertEquals(List.of(FactsDir.shown(events) + ":" + lineOf(Files.readString(events), "\"2016-01\"") + ":7: error:"
                + " the year 2016 of event \"event-kobani-liberated\" is not in the paragraph(s) it cites: cite the"
                + " paragraph that gives it, or mark the date \"dateInferred\": true"), messages);
    }

    @Test
    void a_source_without_its_text_is_allowed_and_not_checked(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Path facts = FactsDir.copyOfProject(tmp);
        Files.delete(facts.resolve("sources/desk-note-2025-11-11.en.txt"));
        Path goals = facts.resolve("goals.json");
        Files.writeString(goals, Files.readString(goals).replace("the easing of Caesar Act sanctions",
                "the easing of all sanctions"));

        Dossier dossier = DossierLoader.load(facts);

        assertEquals(List.of("desk-note-2025-11-11"), SourceTexts.read(facts).notChecked(dossier));
    }

    @Test
    void folding_ignores_what_does_not_change_meaning() {
        // Presentation forms (NFKC), spacing, tatweel, diacritics, alef and hamza spellings, quotes and dashes.
        assertTrue(Quotation.quotes("دعم  \u0644\u0627", "دعم \uFEFB"));
        assertTrue(Quotation.quotes("أعلن التحالف دعمه", "اعلن التحـالف دَعْمَه"));
        assertTrue(Quotation.quotes("إلى \"منع عودته\"", "الى «منع عودته»"));
        assertTrue(Quotation.quotes("قاعدة إثريا ـ دعم لوجستي", "قاعدة إثريا – دعم لوجستي"));
        assertTrue(Quotation.quotes("the \u201cflow\u201d of fighters", "the \"flow\" of fighters"));
    }

    @Test
    void folding_keeps_wording_and_english_case() {
        assertFalse(Quotation.quotes("دعم عسكري", "دعم سياسي"));
        assertFalse(Quotation.quotes("Syria had joined", "syria had joined"));
    }

    @Test
    void the_closest_passage_is_the_run_of_words_nearest_the_excerpt() {
        String paragraph = "بدأت الضربات الجوية الأولى ضد مواقع التنظيم في العراق وسوريا بهدف وقف تقدمه السريع";
        assertEquals("الضربات الجوية الأولى ضد مواقع", Quotation.closestPassage(paragraph, "الضربات البحرية الأولى ضد مواقع"));
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
