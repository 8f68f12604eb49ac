package org.mizan.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.Workbench;
import org.mizan.problem.InputException;
import org.mizan.scenario.Scenario;
import org.mizan.scenario.ScenarioLoader;

/**
 * Keeps the inputs warm for the server and reloads them when files change. A reload may dispose the rule base
 * that requests are still running on, so requests hold the read lock and a reload the write lock: a request sees
 * one consistent set of inputs from start to end. Bad input on disk keeps the last good snapshot and records the
 * problems, which every page then shows.
 */
final class Engine implements AutoCloseable {

    private final Workbench workbench;
    private final Path scenariosDir;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mizan-web-reload");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot current;

    /** Loads once now (throws if the inputs are bad from the start: there is no good state to show). */
    Engine(Workbench workbench) {
        this.workbench = workbench;
        this.scenariosDir = workbench.dirs().facts().resolve("scenarios");
        this.current = load(0);
    }

    /** Polls the input folders every {@code millis}; the workbench rebuilds only what changed. */
    void watch(long millis) {
        watcher.scheduleWithFixedDelay(this::reload, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Reloads from disk now; on bad input keeps the last good state and records why. */
    void reload() {
        lock.writeLock().lock();
        try {
            current = load(current.version() + 1);
        } catch (InputException e) {
            current = current.withProblems(e.problems());
        } catch (RuntimeException e) {
            current = current.withProblems(List.of(org.mizan.problem.Problem.at("mizan", 0, 0,
                    "reload failed: " + e)));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code work} on the current snapshot; no reload can close its rule base meanwhile. */
    <T> T read(Function<Snapshot, T> work) {
        lock.readLock().lock();
        try {
            return work.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Snapshot load(long version) {
        LoadedInputs inputs = workbench.load();
        Findings baseline = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        return new Snapshot(inputs, baseline, scenarios(inputs), List.of(), version);
    }

    private Map<String, Scenario> scenarios(LoadedInputs inputs) {
        Map<String, Scenario> scenarios = new TreeMap<>();
        for (Path file : ScenarioLoader.files(scenariosDir)) {
            scenarios.put(ScenarioLoader.nameOf(file),
                    ScenarioLoader.load(file, inputs.dossier(), inputs.rules().ruleNames()));
        }
        return scenarios;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        lock.writeLock().lock();
        try {
            workbench.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
