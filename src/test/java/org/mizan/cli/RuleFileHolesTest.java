package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * Rule-file mistakes that used to end as "internal error" (exit 3) or at the wrong line: each is now one located
 * error with exit code 1.
 */
class RuleFileHolesTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheProjectInputs() {
        CliRun.copyInputs(work);
    }

    @Test
    void aRatingTableWithoutItsRuleTableRowIsALocatedError() throws IOException {
        Path table = work.resolve("rules/rating.drl.csv");
        List<String> rows = Files.readAllLines(table).stream().filter(r -> !r.startsWith("RuleTable")).toList();
        Files.write(table, rows);
        assertFirstLine(DisplayPaths.of(table) + ":1:1: error: no \"RuleTable\" row: a decision table needs its header"
                + " rows (RuleSet, Import, RuleTable, the NAME/CONDITION/ACTION row and the code rows) above the rows"
                + " it rates; restore them (rules/README.md)");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedWhereItStands() throws IOException {
        Path drl = work.resolve("rules/zz-latin1.drl");
        Files.write(drl, "package org.mizan.rules;\n\n// Caf\u00e9 de la paix\n".getBytes(StandardCharsets.ISO_8859_1));
        assertFirstLine(DisplayPaths.of(drl) + ":3:7: error: byte 0xe9 is not UTF-8 text: save the file as UTF-8"
                + " (an editor's \"encoding\" menu)");
    }

    @Test
    void anErrorAtLine14OfAnActionIsReportedAtLine14() throws IOException {
        Path drl = work.resolve("rules/zz-long-action.drl");
        Files.writeString(drl, "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\nimport org.mizan.inference.*;\n\n"
                + "rule \"A long action\"\nwhen\n    $b : Base()\nthen\n"
                + "    String id = $b.id();\n    String name = id.strip();\n    String where = name.trim();\n"
                + "    String all = id + name + where;\n    int size = all;\nend\n");
        assertFirstLine(DisplayPaths.of(drl) + ":14:5: error: a value of type String cannot be used where the type int"
                + " is expected in the action of rule \"A long action\"");
    }

    private void assertFirstLine(String expected) {
        CliRun run = CliRun.of(GenerateCommandTest.prepend("validate", CliRun.inputArgs(work)));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""));
    }
}
