package org.mizan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.mizan.brief.Templates;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.RuleBase;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * The dossier, the compiled rules and the templates, checked. Loading collects the problems of all three
 * before failing, so one run of `validate` shows the analyst everything that is wrong.
 */
public record LoadedInputs(Dossier dossier, RuleBase rules, Templates templates) {

    public static LoadedInputs load(InputDirs dirs) {
        List<Problem> problems = new ArrayList<>();
        Dossier dossier = attempt(() -> DossierLoader.load(dirs.facts()), problems);
        RuleBase rules = attempt(() -> RuleBase.compile(dirs.rules()), problems);
        Templates templates = attempt(() -> Templates.load(dirs.templates()), problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new LoadedInputs(dossier, rules, templates);
    }

    public InputDigests digests() {
        return new InputDigests(dossier.digest(), rules.digest(), templates.digest());
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
