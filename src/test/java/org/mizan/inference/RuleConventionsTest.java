package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Text;

/** The project's rule files keep the conventions analysts rely on when they read them. */
class RuleConventionsTest {

    private static final RuleFiles FILES = RuleFiles.read(RuleVerifier.rulesDir());

    @Test
    void everyRuleStartsWithOneCommentLineSayingWhatItJudges() {
        List<String> bare = new ArrayList<>();
        FILES.drl().forEach((path, text) -> {
            String[] lines = text.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("rule ") && (i == 0 || !lines[i - 1].startsWith("// "))) {
                    bare.add(path.getFileName() + ":" + (i + 1));
                }
            }
        });
        assertEquals(List.of(), bare);
    }

    @Test
    void theCatalogueWordsExactlyTheRiskTypesTheRulesName() throws IOException {
        Set<String> named = RuleIndex.scan(FILES.drl()).riskTypes().stream().map(RuleIndex.RiskTypeUse::type)
                .collect(Collectors.toCollection(TreeSet::new));
        List<org.mizan.problem.Problem> problems = new ArrayList<>();
        RiskCatalogue catalogue = RiskCatalogue.read(RuleVerifier.rulesDir().resolve("risks.json"), problems);
        assertEquals(List.of(), problems);
        named.forEach(type -> assertTrue(catalogue.has(type), type));
        String json = Files.readString(RuleVerifier.rulesDir().resolve("risks.json"));
        long entries = Stream.of(json.split("\\R")).filter(l -> l.matches("^  \"[a-z-]+\": \\{$")).count();
        assertEquals(named.size(), entries, "no wording for a risk no rule infers");
    }

    @Test
    void everyArabicWordingIsArabicAndNamesOnlyTheSubjectAndObject() {
        RiskCatalogue catalogue = RiskCatalogue.read(RuleVerifier.rulesDir().resolve("risks.json"), new ArrayList<>());
        RuleIndex.scan(FILES.drl()).riskTypes().forEach(use -> {
            RiskWording w = catalogue.wording(use.type()).orElseThrow();
            List<Text> texts = new ArrayList<>(List.of(w.title(), w.summary()));
            texts.addAll(w.indicators());
            texts.addAll(w.assumptions());
            for (Text t : texts) {
                assertTrue(t.ar().codePoints().anyMatch(RuleConventionsTest::isArabic), t.ar());
                for (String s : List.of(t.en(), t.ar())) {
                    assertTrue(s.replace("{subject}", "").replace("{object}", "").indexOf('{') < 0, s);
                }
            }
        });
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    @Test
    void ruleFilesAreFoundByNameAndOrderedSoTheDigestIsStable() {
        List<String> names = FILES.texts().keySet().stream().map(Path::getFileName).map(Path::toString).toList();
        assertTrue(names.contains("rating.drl.csv"), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".md") || n.endsWith(".json")));
    }
}
