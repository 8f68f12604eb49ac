package org.mizan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.compare.FindingsDiff;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;

/**
 * One regeneration of the watch loop: reload what changed (the {@link Workbench} keeps the rest warm), infer,
 * render, and rewrite only the outputs whose bytes changed. A broken save leaves the last good outputs in
 * place and reports its problems; the next good save picks up from the last good findings.
 */
public final class Regenerator {

    private final Workbench workbench;
    private final Path outDir;
    private final String scenario;
    private final Generation.Request request;
    private Analysis last;

    public Regenerator(Workbench workbench, Path outDir, String scenario, Generation.Request request) {
        this.workbench = workbench;
        this.outDir = outDir;
        this.scenario = scenario;
        this.request = request;
    }

    /** What one save did: the files rewritten and how the findings moved, or the problems that stopped it. */
    public record Outcome(List<Path> written, FindingsDiff diff, InputException problems) {

        public boolean failed() {
            return problems != null;
        }
    }

    public Outcome regenerate() {
        try {
            LoadedInputs loaded = workbench.load();
            Analysis now = Analysis.of(loaded, workbench.dirs().facts(), scenario);
            List<Artifact> artifacts = new ArrayList<>(Generation.run(loaded, now, request));
            Path scenarioFile = now.scenario() == null ? null : Analysis.scenarioFile(workbench.dirs().facts(), scenario);
            artifacts.add(Manifest.of(workbench.dirs(), scenarioFile, MizanVersion.get(), artifacts));
            List<Path> written = AtomicOutput.write(outDir, now.name(), artifacts);
            FindingsDiff diff = last == null ? null : FindingsDiff.between(last.findings(), now.findings(),
                    last.dossier(), now.dossier());
            last = now;
            return new Outcome(written, diff, null);
        } catch (InputException e) {
            return new Outcome(List.of(), null, e);
        } catch (IOException e) {
            // A folder this user may not read, a full disk: reported like bad input, and watching goes on.
            return new Outcome(List.of(), null, new InputException(FileRefusal.problem(e, outDir)));
        } catch (UncheckedIOException e) {
            return new Outcome(List.of(), null, new InputException(FileRefusal.problem(e.getCause(), null)));
        }
    }
}
