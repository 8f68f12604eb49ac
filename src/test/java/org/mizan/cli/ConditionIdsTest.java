package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * A literal id in a rule's condition must name a fact, as one in its action must: a typo or a look-alike letter of
 * another script would make the condition never match, and the rule never fire, without a word.
 */
class ConditionIdsTest {

    @TempDir
    Path work;

    @Test
    void aLiteralIdNamingNoFactIsALocatedErrorAndOneNamingAFactIsNot() throws IOException {
        CliRun.copyInputs(work);
        Path rules = Files.writeString(work.resolve("rules/literal-ids.drl"), String.join("\n",
                "package org.mizan.rules;",
                "",
                "import org.mizan.dossier.*;",
                "",
                "rule \"Names a fact\"",
                "when",
                "    Actor(id == \"sdf\")",
                "    Support(provider in (\"coalition\", \"us\"), \"sdf\" == recipient) // \"sdff\" in a comment",
                "then",
                "end",
                "",
                "rule \"Misspells an id\"",
                "when",
                "    Actor(id == \"sdff\")",
                "then",
                "end",
                "",
                "rule \"Writes a Cyrillic letter\"",
                "when",
                "    Relation(subject != \"\u0455df\", object == \"coalition\")",
                "then",
                "end",
                ""));
        CliRun run = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        String file = DisplayPaths.of(rules);
        assertEquals(List.of(
                file + ":14:17: error: rule \"Misspells an id\" compares an id with \"sdff\" in its condition, which is"
                        + " no id of the dossier, so the condition never matches: write the id of a fact; did you mean"
                        + " \"sdf\"?",
                file + ":20:25: error: rule \"Writes a Cyrillic letter\" compares an id with \"\u0455df\" in its"
                        + " condition, which is no id of the dossier (character 1 is U+0455, cyrillic small letter dze,"
                        + " not a Latin letter), so the condition never matches: write the id of a fact; did you mean"
                        + " \"sdf\"?",
                "mizan: 2 problem(s); nothing was written"), run.err().lines().toList());
    }
}
