package org.mizan.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shipped rules/ and templates/ are the method: no rule, risk type, indicator, assumption, consequence or
 * template names a story's actors, places, groups or countries, in English or Arabic. Comments may (they explain a
 * choice with an example); the first story's own wording lives with its dossier.
 */
class NoStoryInTheMethodTest {

    /** The first story's and the second story's proper names, in both languages. */
    private static final List<String> NAMES = List.of("SDF", "YPG", "ISIS", "Daesh", "Damascus", "Iraq", "Syria",
            "Caesar", "Sudan", "Russia", "Washington", "Ankara", "Turkey", "Israel", "Kobani", "Raqqa", "Euphrates",
            "Khartoum", "Moscow", "Red Sea", "Inherent Resolve",
            "قسد", "داعش", "دمشق", "العراق", "سوريا", "سورية", "قيصر", "السودان", "روسيا", "واشنطن", "أنقرة", "تركيا",
            "إسرائيل", "كوباني", "الرقة", "الفرات", "الخرطوم", "موسكو", "البحر الأحمر");

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @Test
    void noShippedRuleOrWordingNamesAStory() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : shippedFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String text = withoutComment(lines.get(i));
                for (String name : NAMES) {
                    if (mentions(text, name)) {
                        found.add(PROJECT.relativize(file) + ":" + (i + 1) + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesANameOutsideAComment() {
        assertTrue(mentions(withoutComment("  \"en\": \"attacks in the Damascus countryside\","), "Damascus"));
        assertTrue(mentions(withoutComment("  \"ar\": \"هجمات في ريف دمشق\","), "دمشق"));
        assertTrue(!mentions(withoutComment("// e.g. the SDF's oil fields"), "SDF"));
        assertTrue(!mentions("Would ease it: a second provider", "SDF"), "a word is not a name");
    }

    private static boolean mentions(String text, String name) {
        boolean latin = name.chars().allMatch(c -> c < 128);
        return latin ? Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find() : text.contains(name);
    }

    /** A line without its comment: {@code //} in rules and JSON, {@code {{! }}} in templates, {@code #} nowhere. */
    private static String withoutComment(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("//") || trimmed.startsWith("{{!")) {
            return "";
        }
        int slashes = line.indexOf(" // ");
        return slashes >= 0 && !line.substring(0, slashes).contains("\"") ? line.substring(0, slashes) : line;
    }

    private static List<Path> shippedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("rules", "templates")) {
            try (Stream<Path> walk = Files.walk(PROJECT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT)
                        .endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 10, "the shipped folders: " + files);
        return files;
    }
}
