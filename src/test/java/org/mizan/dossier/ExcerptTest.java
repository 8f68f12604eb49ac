package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every excerpt is a verbatim quotation of the paragraph it cites: same text after NFKC normalisation and with runs
 * of white space folded to one space. Reads the article next to the project (skipped only where it is absent).
 */
class ExcerptTest {

    @Test
    void the_article_has_the_46_paragraphs_the_source_declares() throws IOException {
        List<String> paragraphs = paragraphs();
        Source source = DossierLoader.load(ProjectFiles.factsDir()).source("northpress-2025-11-10").orElseThrow();
        assertEquals(source.paragraphs(), paragraphs.size());
    }

    @Test
    void every_excerpt_is_verbatim_in_its_cited_paragraph() throws IOException {
        List<String> paragraphs = paragraphs();
        List<String> misquoted = new ArrayList<>();
        for (Fact fact : DossierLoader.load(ProjectFiles.factsDir()).facts()) {
            Evidence e = fact.evidence();
            if (!fold(paragraphs.get(e.paragraph() - 1)).contains(fold(e.excerpt()))) {
                misquoted.add(fact.id() + " (paragraph " + e.paragraph() + "): " + e.excerpt());
            }
        }
        assertEquals(List.of(), misquoted);
    }

    @Test
    void folding_ignores_presentation_forms_and_spacing_but_not_wording() {
        // U+FEFB is the presentation form of the lam-alef ligature; NFKC maps it to lam + alef.
        assertTrue(fold("دعم  \u0644\u0627").contains(fold("دعم \uFEFB")));
        assertTrue(!fold("دعم عسكري").contains(fold("دعم سياسي")));
    }

    private static List<String> paragraphs() throws IOException {
        Path article = ProjectFiles.article();
        assumeTrue(Files.exists(article), "the article is not next to the project: " + article);
        return Files.readAllLines(article).stream().filter(line -> !line.isBlank()).toList();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
