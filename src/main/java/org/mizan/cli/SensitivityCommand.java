package org.mizan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.mizan.dossier.Citation;
import org.mizan.dossier.Dossier;
import org.mizan.hinge.ChangeKind;
import org.mizan.hinge.Impact;
import org.mizan.hinge.Sensitivity;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.hinge.SensitivityJson;
import org.mizan.pipeline.LoadedInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which facts and rules the findings hinge on: each taken away in turn, ranked by what falls or moves. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Take away each fact and each rule in turn and show which findings fall, appear or change"
                + " grade; facts ranked by how much of the brief rests on them.")
final class SensitivityCommand implements Callable<Integer> {

    private static final String ROW = "%4s  %-72s %-5s %6s %5s %5s %5s%n";

    @Mixin
    InputOptions inputs;

    @Option(names = "--json", description = "Print the analysis as JSON instead of tables.")
    boolean json;

    @Option(names = "--timings", description = "With --json, add how long the analysis took (\"millis\"); the"
            + " output then differs from run to run.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        Sensitivity s = SensitivityAnalysis.run(loaded.rules(), loaded.dossier());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(SensitivityJson.of(s, loaded.dossier(), timings)));
        } else {
            table(out, "fact", s.facts(), loaded.dossier());
            out.println();
            table(out, "rule", s.rules(), null);
            out.printf(Locale.ROOT, "%n%d facts and %d rules taken away one at a time in %d ms%n",
                    loaded.dossier().facts().size(), SensitivityAnalysis.switchableRules(loaded.rules()).size(),
                    s.millis());
        }
        out.flush();
        return ExitCode.OK;
    }

    /** R- risks lost, R~ risks regraded or gained, D- dependencies lost. */
    private static void table(PrintWriter out, String what, List<Impact> impacts, Dossier dossier) {
        out.printf(Locale.ROOT, ROW, "rank", what, "grade", "weight", "R-", "R~", "D-");
        for (int i = 0; i < impacts.size(); i++) {
            Impact impact = impacts.get(i);
            out.printf(Locale.ROOT, ROW, i + 1, impact.removed(), grade(dossier, impact.removed()), impact.weight(),
                    impact.risks(ChangeKind.LOST).size(),
                    impact.risks(ChangeKind.REGRADED).size() + impact.risks(ChangeKind.GAINED).size(),
                    impact.dependencies(ChangeKind.LOST).size());
        }
        if (impacts.isEmpty()) {
            out.println("      (taking away any one " + what + " changes nothing)");
        }
    }

    private static String grade(Dossier dossier, String factId) {
        if (dossier == null) {
            return "";
        }
        return dossier.fact(factId).flatMap(f -> dossier.source(f.evidence().source())
                .map(src -> Citation.grade(src, f.evidence()))).orElse("");
    }
}
