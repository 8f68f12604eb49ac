package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.problem.Problem;

/**
 * What a rule file may do unless trusted: the rule API and plain Java over facts, in every place code can stand (an
 * action, a constraint, an {@code eval}, a {@code from}, an accumulate, a function, a global, a declared type, a
 * decision-table cell); anything else is refused at its line and column, named. The shipped rules pass.
 */
class RuleTrustCheckTest {

    private static final String HEADER = "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n"
            + "import org.mizan.inference.*;\n\n";

    @TempDir
    Path dir;

    @Test
    void theShippedRulesPass() {
        RuleTrustCheck.Result result = RuleTrustCheck.check(RuleFiles.read(Path.of(
                System.getProperty("mizan.project.dir", ".")).resolve("rules")));
        assertEquals(List.of(), result.refused());
        assertEquals(List.of(), result.unreadable());
    }

    /** The near misses: plain Java over facts, in each place, and the rule API as the shipped rules use it. */
    @Test
    void plainJavaOverFactsAndTheRuleApiPass() throws IOException {
        write("allowed.drl", HEADER + "import java.util.List;\n\n"
                + "declare Tally\n    count : int\n    names : List\nend\n\n"
                + "function int twice(int n) {\n    return Math.max(n, 0) * 2;\n}\n\n"
                + "rule \"Plain Java\"\nwhen\n"
                + "    $base : Base(status in (BaseStatus.ACTIVE, BaseStatus.REPORTED), name != null, $op : operator)\n"
                + "    accumulate($s : Support(provider == $op); $all : collectList($s); $all.size() >= 1)\n"
                + "    $id : String(this != $op) from List.of($base.id(), String.format(\"%s\", $op))\n"
                + "    eval(twice($all.size()) > 1)\n"
                + "    $t : Tally()\n"
                + "then\n"
                + "    modify($t) { setCount(twice($t.getCount())) }\n"
                + "    insertLogical(Derive.risk(drools, \"credibility-gap\", $op, Likelihood.LIKELY, Impact.MAJOR,"
                + " Adjustment.lower(\"rooms\", $all)));\n"
                + "end\n");
        RuleTrustCheck.Result result = RuleTrustCheck.check(RuleFiles.read(dir));
        assertEquals(List.of(), result.refused());
        assertEquals(List.of(), result.unreadable(), "every piece was read, the modify block's too");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // where | the rule file's text after the header | line:column | what is named | why
        "action|rule \"R\"\\nwhen\\n    Actor()\\nthen\\n    System.exit(0);\\nend\\n|10:5|System.exit|System",
        "eval condition|rule \"R\"\\nwhen\\n    Actor()\\n    eval(Class.forName(\"java.lang.Runtime\") != null)\\nthen\\nend\\n"
                + "|9:10|Class.forName|reflection",
        "constraint|rule \"R\"\\nwhen\\n    Actor(java.nio.file.Files.exists(java.nio.file.Path.of(id)))\\nthen\\nend\\n"
                + "|8:11|java.nio.file.Files.exists|files",
        "from|rule \"R\"\\nwhen\\n    $l : String() from java.nio.file.Files.readAllLines(null)\\nthen\\nend\\n"
                + "|8:24|java.nio.file.Files.readAllLines|files",
        "function|function void f() {\\n    new ProcessBuilder(\"id\").start();\\n}\\n|7:5|ProcessBuilder|processes",
        "global|global java.net.Socket socket;\\n|6:8|java.net.Socket|the network",
        "declared field|declare Leak\\n    file : java.io.File\\nend\\n|7:12|java.io.File|files",
        "import|import java.lang.reflect.Method;\\n|6:8|import java.lang.reflect.Method|reflection",
        "wildcard import|import java.io.*;\\n|6:8|import java.io.*|files",
        "thread|rule \"R\"\\nwhen\\n    Actor()\\nthen\\n    new Thread(() -> {}).start();\\nend\\n|10:5|Thread|threads",
        "class literal|rule \"R\"\\nwhen\\n    $a : Actor()\\nthen\\n    Object o = Actor.class;\\nend\\n|10:16|Actor.class"
                + "|reflection",
        "getClass|rule \"R\"\\nwhen\\n    $a : Actor()\\nthen\\n    $a.getClass();\\nend\\n|10:5|$a.getClass|reflection",
        "rule context|rule \"R\"\\nwhen\\n    Actor()\\nthen\\n    drools.getKieRuntime().halt();\\nend\\n"
                + "|10:5|drools.getKieRuntime|the rule context may only be handed to the rule API (Derive, Rate) or"
                + " asked to insert, insertLogical, update or delete a fact",
        "mvel|rule \"R\" dialect \"mvel\"\\nwhen\\n    Actor()\\nthen\\nend\\n|6:10|dialect \"mvel\"|MVEL code is not"
                + " checked; write the rule in Java, the default dialect"})
    void whatARuleMayNotDoIsRefusedAtItsPlace(String where, String body, String at, String named, String why)
            throws IOException {
        Path file = write("colleague.drl", HEADER + body.replace("\\n", "\n"));
        assertEquals(file + ":" + at + ": error: " + named + " is not allowed in a rule file (" + why + "): rules"
                + " may use only the rule API and plain Java over facts; if you trust this file, run with"
                + " --trust-rules (rules/README.md)", firstRefusal(), where);
    }

    /** A rated cell of the rating table is code too: Drools pastes it into the rule it makes of the row. */
    @Test
    void aDecisionTableCellIsCheckedAndPointedAt() throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).resolve("rules/rating.drl.csv");
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(project));
        rows.set(11, rows.get(11).replaceFirst(",LOW$", ",\"LOW)); System.exit(0); insertLogical(new"
                + " RiskRating(\\$risk.id(), Rating.LOW\""));
        Path table = dir.resolve("rating.drl.csv");
        Files.write(table, rows);
        int column = rows.get(11).indexOf("System.exit") + 1;
        assertEquals(table + ":12:" + column + ": error: System.exit is not allowed in a rule file (System)",
                firstRefusal().replaceFirst(": rules may use.*", ""));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String firstRefusal() {
        List<Problem> refused = RuleTrustCheck.check(RuleFiles.read(dir)).refused();
        return refused.isEmpty() ? "nothing refused" : refused.get(0).format();
    }
}
