package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mizan.dossier.Language;
import org.mizan.inference.Likelihood;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** The project's templates load, and every way an analyst can break them is reported with file and line. */
class TemplatesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyProjectTemplates() throws IOException {
        Path source = SampleInput.templatesDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void the_project_templates_load_with_words_for_every_enum_value_in_both_languages() {
        Templates templates = Templates.load(dir);
        assertEquals("very likely", templates.wording(Language.EN).word(Likelihood.VERY_LIKELY));
        assertEquals("مرجّح جدًا", templates.wording(Language.AR).word(Likelihood.VERY_LIKELY));
        assertTrue(templates.digest().matches("[0-9a-f]{64}"));
    }

    @Test
    void the_digest_is_stable_and_changes_with_any_template() throws IOException {
        String before = Templates.load(dir).digest();
        assertEquals(before, Templates.load(dir).digest());
        Files.writeString(dir.resolve("README.md"), "notes for analysts");
        assertEquals(before, Templates.load(dir).digest(), "notes are not wording");
        append("en/key-judgment.mustache", " ");
        assertNotEquals(before, Templates.load(dir).digest());
    }

    @Test
    void a_template_that_does_not_compile_is_reported_with_its_file_and_line() throws IOException {
        write("en/method.mustache", "First line.\n\nSecond {{#riskAnnex}} never closed.\n");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("en/method.mustache"), p.format());
        assertEquals(3, p.where().line(), p.format());
        assertTrue(p.message().startsWith("template does not compile"), p.format());
    }

    @Test
    void an_unknown_variable_is_reported_with_line_and_column_and_the_variables_allowed() throws IOException {
        write("ar/confidence.mustache", "درجة الثقة\n{{confidence}} {{likelihood}}\n");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("ar/confidence.mustache"), p.format());
        assertEquals(2, p.where().line());
        assertEquals(16, p.where().column());
        assertTrue(p.message().contains("unknown variable \"likelihood\""), p.message());
        assertTrue(p.message().contains("confidence, hasReasons, label, reasons"), p.message());
    }

    @Test
    void a_missing_label_names_the_key_to_add() throws IOException {
        replace("en/labels.json", "  \"marking\": \"OPEN SOURCE — FOR ANALYSIS\",\n", "");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("en/labels.json"), p.format());
        assertTrue(p.message().contains("missing label \"marking\""), p.message());
    }

    @Test
    void an_unknown_label_is_reported_at_its_line() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("en/labels.json"));
        int markingLine = lines.indexOf("  \"marking\": \"OPEN SOURCE — FOR ANALYSIS\",") + 1;
        replace("en/labels.json", "\"marking\":", "\"markng\": \"x\",\n  \"marking\":");
        InputException e = assertThrows(InputException.class, () -> Templates.load(dir));
        Problem p = e.problems().get(0);
        assertEquals(markingLine, p.where().line(), p.format());
        assertEquals(3, p.where().column(), p.format());
        assertTrue(p.message().contains("unknown label \"markng\""), p.message());
    }

    @Test
    void malformed_json_is_reported_where_the_parser_stopped() throws IOException {
        replace("ar/labels.json", "\"author\": \"ميزان\",", "\"author\" \"ميزان\",");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("ar/labels.json"));
        assertTrue(p.where().line() > 1 && p.where().column() > 0, p.format());
        assertTrue(p.message().startsWith("invalid JSON: a colon is missing"), p.message());
    }

    @Test
    void partials_outside_the_language_directory_are_refused() throws IOException {
        Files.writeString(dir.resolve("secret.mustache"), "outside");
        write("en/scenario.mustache", "{{title}}\n  {{> ../secret}}");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("en/scenario.mustache"), p.format());
        assertEquals(2, p.where().line());
        assertEquals(3, p.where().column());
        assertTrue(p.message().contains("partial \"../secret\" is not allowed"), p.message());
    }

    @Test
    void a_partial_inside_the_language_directory_is_included() throws IOException {
        write("en/_stamp.mustache", "[{{title}}]");
        write("en/scenario.mustache", "{{> _stamp}} {{description}}");
        String text = Templates.load(dir).wording(Language.EN).sentence(Sentence.SCENARIO,
                java.util.Map.of("title", "T", "description", "D"));
        assertEquals("[T] D", text);
    }

    @Test
    void every_problem_is_reported_at_once() throws IOException {
        write("en/method.mustache", "{{nope}}");
        write("ar/risks.mustache", "{{alsoNope}}");
        InputException e = assertThrows(InputException.class, () -> Templates.load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void values_are_written_as_they_are_not_html_escaped() throws IOException {
        Templates templates = Templates.load(dir);
        String text = templates.wording(Language.EN).sentence(Sentence.SCENARIO,
                java.util.Map.of("title", "Sanctions & \"snapback\" <test>", "description", ""));
        assertTrue(text.contains("Sanctions & \"snapback\" <test>"), text);
    }

    @Test
    void a_reworded_template_that_puts_confidence_beside_likelihood_is_refused_at_load() throws IOException {
        write("en/key-judgment.mustache", "{{label}}. {{title}}: {{likelihood}}, said with high confidence.");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("en/key-judgment.mustache"), p.format());
        assertTrue(p.message().contains("ICD 203"), p.message());
    }

    @Test
    void an_arabic_confidence_template_that_adds_a_likelihood_word_is_refused_at_load() throws IOException {
        write("ar/confidence.mustache", "الحكم مرجّح ودرجة الثقة فيه {{confidence}}.");
        Problem p = onlyProblem();
        assertTrue(p.where().file().endsWith("ar/confidence.mustache"), p.format());
    }

    @Test
    void a_risk_title_that_mentions_confidence_does_not_break_the_brief() {
        var risk = SampleInput.risk("risk-trust", "Public confidence in the government erodes",
                "تآكل ثقة الجمهور بالحكومة", Likelihood.LIKELY, org.mizan.inference.Impact.MAJOR,
                org.mizan.inference.Rating.HIGH, org.mizan.inference.Confidence.LOW, "Rule", List.of("claim-denial"));
        var findings = new org.mizan.inference.Findings(List.of(), List.of(risk));
        Brief brief = BriefBuilder.build(SampleInput.input(findings, null), Language.EN, Templates.load(dir),
                n -> null);
        assertEquals(1, brief.sections().get(0).blocks().stream()
                .filter(b -> b instanceof Paragraph p && p.role() == ParagraphRole.KEY_JUDGMENT).count());
    }

    private Problem onlyProblem() {
        InputException e = assertThrows(InputException.class, () -> Templates.load(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void append(String file, String text) throws IOException {
        write(file, Files.readString(dir.resolve(file)) + text);
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(file));
        assertTrue(text.contains(from), "fixture text not found: " + from);
        write(file, text.replace(from, to));
    }
}
