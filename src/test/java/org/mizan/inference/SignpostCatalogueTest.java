package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** An indicator of rules/risks.json names the fact that would show it and its step, or is marked watched only. */
class SignpostCatalogueTest {

    @TempDir
    Path dir;

    private List<Problem> problems(String indicator) throws IOException {
        Files.writeString(dir.resolve("ok.drl"), "package org.mizan.rules;\n");
        Files.copy(RuleVerifier.rulesDir().resolve("rating.drl.csv"), dir.resolve("rating.drl.csv"));
        Files.writeString(dir.resolve("risks.json"), """
                {
                  "x": {
                    "kind": "vulnerability", "category": "security",
                    "title": {"en": "T", "ar": "ع"}, "summary": {"en": "S", "ar": "م"},
                    "indicators": [%s],
                    "assumptions": [{"en": "A", "ar": "ف"}]
                  }
                }
                """.formatted(indicator));
        return assertThrows(InputException.class, () -> RuleBase.compile(dir)).problems();
    }

    @Test
    void anIndicatorThatIsNeitherShownNorWatchedIsAnErrorAtItsEntry() throws IOException {
        Problem p = problems("{\"en\": \"Would raise it: clashes.\", \"ar\": \"مؤشر ارتفاع: اشتباكات.\"}").get(0);
        assertEquals(2, p.where().line());
        assertTrue(p.message().startsWith("risk type \"x\", indicator 1 (\"Would raise it: clashes.\") must either"
                + " name the fact that would show it"), p.message());
    }

    @Test
    void aMisspeltEventKindIsNamedWithTheKindMeant() throws IOException {
        Problem p = problems("{\"en\": \"E\", \"ar\": \"ع\", \"shows\": {\"event\": \"figth\", \"actors\":"
                + " [\"subject\"]}, \"moves\": 1}").get(0);
        assertTrue(p.message().contains("unknown event_kind \"figth\"; did you mean \"fight\""), p.message());
    }

    @Test
    void aBindingThatNamesNoPartyAndAStepOfZeroAreErrors() throws IOException {
        List<String> messages = problems("{\"en\": \"E\", \"ar\": \"ع\", \"shows\": {\"sanctions\": \"repealed\","
                + " \"by\": \"grantor\"}, \"moves\": 0}").stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("needs \"moves\"")), "" + messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"grantor\" is not a party of the judgment")),
                "" + messages);
    }

    @Test
    void aWatchedIndicatorAndAShownOneCompile() throws IOException {
        Files.writeString(dir.resolve("ok.drl"), "package org.mizan.rules;\n");
        RuleVerifier.copySupportFiles(dir);
        try (RuleBase rules = RuleBase.compile(dir)) {
            Signpost clashes = rules.catalogue().wording("integration-friction").orElseThrow().signposts().get(1);
            assertEquals(Signpost.Shape.EVENT, clashes.pattern().shape());
            assertEquals(1, clashes.steps());
            assertTrue(rules.catalogue().wording("integration-friction").orElseThrow().signposts().get(0)
                    .watchedOnly());
        }
    }
}
