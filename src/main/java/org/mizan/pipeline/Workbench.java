package org.mizan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.mizan.ach.HypothesesFile;
import org.mizan.ach.Hypothesis;
import org.mizan.brief.Templates;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.RuleBase;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * Keeps the expensive parts warm between runs (watch, serve, benchmarks): the compiled rule base is rebuilt
 * only when a rule file changed, the templates only when a template changed, and the old rule base is
 * disposed so that a long session does not grow. The dossier is cheap and always re-read.
 */
public final class Workbench implements AutoCloseable {

    private final InputDirs dirs;
    private RuleBase rules;
    private String rulesKey;
    private Templates templates;
    private String templatesKey;

    public Workbench(InputDirs dirs) {
        this.dirs = dirs;
    }

    public InputDirs dirs() {
        return dirs;
    }

    /** Loads what changed since the last call; on bad input keeps the previous state and throws. */
    public synchronized LoadedInputs load() {
        String newRulesKey = TreeDigest.of(dirs.ruleLayers());
        List<Problem> ruleProblems = new ArrayList<>();
        FutureTask<RuleBase> compiling = new FutureTask<>(() -> newRulesKey.equals(rulesKey) ? rules
                : attempt(() -> RuleBase.compile(dirs.ruleLayers(), dirs.ruleTrust()), ruleProblems));
        // The rule build is the longest step: it runs on the other core while the facts and templates load.
        startDaemon(compiling);
        List<Problem> problems = new ArrayList<>();
        Dossier dossier = attempt(() -> DossierLoader.load(dirs.facts(), dirs.updates()), problems);
        List<Hypothesis> hypotheses = attempt(() -> HypothesesFile.load(dirs.facts()), problems);
        String newTemplatesKey = TreeDigest.of(dirs.templateLayers());
        List<Problem> templateProblems = new ArrayList<>();
        Templates newTemplates = newTemplatesKey.equals(templatesKey) ? templates
                : attempt(() -> Templates.load(dirs.templateLayers()), templateProblems);
        RuleBase newRules = join(compiling);
        problems.addAll(ruleProblems);
        if (newRules != null && dossier != null) {
            // A rule may name a fact, or (an ACH rule for a hypothesis of trend "other") a hypothesis.
            java.util.Set<String> known = new java.util.HashSet<>(dossier.factsById().keySet());
            if (hypotheses != null) {
                hypotheses.forEach(h -> known.add(h.id()));
            }
            problems.addAll(newRules.unknownIdsInConditions(known));
        }
        problems.addAll(templateProblems);
        if (!problems.isEmpty()) {
            if (newRules != null && newRules != rules) {
                newRules.close();
            }
            throw new InputException(problems);
        }
        if (newRules != rules && rules != null) {
            rules.close();
        }
        rules = newRules;
        rulesKey = newRulesKey;
        templates = newTemplates;
        templatesKey = newTemplatesKey;
        return new LoadedInputs(dossier, rules, templates, hypotheses);
    }

    @Override
    public synchronized void close() {
        if (rules != null) {
            rules.close();
            rules = null;
            rulesKey = null;
        }
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "mizan-rule-build");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> T attempt(Supplier<T> loader, List<Problem> problems) {
        try {
            return loader.get();
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
