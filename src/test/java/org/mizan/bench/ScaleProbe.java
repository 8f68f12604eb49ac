package org.mizan.bench;

import java.nio.file.Path;
import java.util.Set;

import org.mizan.ach.AchAnalysis;
import org.mizan.ach.AchResult;
import org.mizan.ach.HypothesesFile;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.hinge.SensitivityAnalysis;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/**
 * One pass over a (large) input, stage after stage in one JVM, printing the time since start after each: for
 * inputs where StageBench's full round does not finish, to see which stage does not.
 *
 * <p>Usage: {@code ScaleProbe INPUTS_DIR [sensitivity]} (INPUTS_DIR holds facts/ and rules/).
 */
public final class ScaleProbe {

    private static final long START = System.nanoTime();

    private ScaleProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Dossier dossier = DossierLoader.load(dir.resolve("facts"));
        print("load: " + dossier.facts().size() + " facts");
        try (RuleBase rules = RuleBase.compile(dir.resolve("rules"))) {
            print("rule build: " + rules.ruleNames().size() + " rules");
            Findings findings = Inference.run(rules, dossier, Set.of());
            print("inference: " + findings.dependencies().size() + " dependencies, " + findings.risks().size()
                    + " risks");
            AchResult ach = AchAnalysis.run(rules, dossier, HypothesesFile.load(dir.resolve("facts")));
            print("ACH: " + ach.items().size() + " items");
            if (args.length > 1 && args[1].equals("sensitivity")) {
                SensitivityAnalysis.run(rules, dossier);
                print("sensitivity");
            }
        }
    }

    private static void print(String stage) {
        System.out.printf("%8d ms  %s%n", (System.nanoTime() - START) / 1_000_000, stage);
    }
}
