package org.mizan.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.TreeDigest;
import org.mizan.pipeline.Workbench;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.scenario.Scenario;
import org.mizan.scenario.ScenarioLoader;

/**
 * Keeps the inputs warm for the server and reloads them when files change. A reload may dispose the rule base
 * that requests are still running on, so requests hold the read lock and a reload the write lock: a request sees
 * one consistent set of inputs from start to end. Bad input on disk keeps the last good snapshot and records the
 * problems, which every page then shows.
 * <p>One slow view must not hold up the others: each runs on a worker of its own with a time limit (the request
 * gets a 503 past it), and a reload takes the write lock only when no view holds the read lock, rather than
 * queueing for it (a queued writer would make every later reader wait behind the slow one).
 */
final class Engine implements AutoCloseable {

    private static final long WRITE_LOCK_POLL_MILLIS = 20;
    /** How long closing waits for interrupted views to let go of the rule base. */
    static final Duration CLOSE_WAIT = Duration.ofMillis(500);

    private final Workbench workbench;
    private final Path scenariosDir;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mizan-web-reload");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService views = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mizan-web-view");
        t.setDaemon(true);
        return t;
    });
    private final Duration viewLimit;
    private volatile Snapshot current;
    /** What the input folders held at the last load or attempt: a failed load is not retried until they change. */
    private volatile String diskKey;

    /** Loads once now (throws if the inputs are bad from the start: there is no good state to show). */
    Engine(Workbench workbench, Duration viewLimit) {
        this.workbench = workbench;
        this.viewLimit = viewLimit;
        this.scenariosDir = workbench.dirs().facts().resolve("scenarios");
        this.diskKey = diskKey();
        this.current = load();
    }

    /**
     * Polls the input folders every {@code millis} and reloads when their contents changed; the workbench then
     * rebuilds only the part that changed. Hashing a few small files is cheap; rerunning the rules is not.
     */
    void watch(long millis) {
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void reloadIfChanged() {
        try {
            if (!diskKey().equals(diskKey)) {
                reload();
            }
        } catch (RuntimeException e) {
            // A file deleted mid-walk, say: try again at the next poll; an escaping exception would end polling.
            current = current.withProblems(List.of(FileRefusal.of(e)
                    .orElseGet(() -> Problem.at("mizan", 0, 0, "cannot read the inputs: " + e))));
        }
    }

    /** Reloads from disk now; on bad input keeps the last good state and records why. */
    void reload() {
        if (!writeLockWithoutQueueing()) {
            return;
        }
        try {
            diskKey = diskKey();
            current = load();
        } catch (InputException e) {
            current = current.withProblems(e.problems());
        } catch (RuntimeException e) {
            current = current.withProblems(List.of(FileRefusal.of(e)
                    .orElseGet(() -> Problem.at("mizan", 0, 0, "reload failed: " + e))));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs {@code work} on the current snapshot, on a view worker, within the view time limit; no reload can close
     * its rule base meanwhile.
     *
     * @throws BadRequest with status 503 past the time limit: the worker is interrupted, which stops its runs of
     *                     the rules and the page's own loops, so an abandoned view does not compute on
     */
    <T> T read(Function<Snapshot, T> work) {
        Future<T> view;
        try {
            view = views.submit(() -> {
                lock.readLock().lock();
                try {
                    return work.apply(current);
                } finally {
                    lock.readLock().unlock();
                }
            });
        } catch (RejectedExecutionException closed) {
            throw new BadRequest(503, "the server is stopping");
        }
        try {
            return view.get(viewLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            view.cancel(true);
            throw new BadRequest(503, "this view took longer than " + viewLimit.toSeconds() + " s to compute; "
                    + "the other views are not held up by it");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException) {
                throw new BadRequest(503, "the server is stopping");
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            view.cancel(true);
            Thread.currentThread().interrupt();
            throw new BadRequest(503, "the server is stopping");
        }
    }

    /** Polls for the write lock (tryLock does not queue); false if interrupted meanwhile, as on shutdown. */
    private boolean writeLockWithoutQueueing() {
        while (!lock.writeLock().tryLock()) {
            try {
                Thread.sleep(WRITE_LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private String diskKey() {
        var dirs = workbench.dirs();
        return TreeDigest.of(dirs.facts()) + String.join("", dirs.updates().stream().map(TreeDigest::of).toList())
                + TreeDigest.of(dirs.ruleLayers()) + TreeDigest.of(dirs.templateLayers());
    }

    private Snapshot load() {
        LoadedInputs inputs = workbench.load();
        List<Problem> problems = new ArrayList<>();
        Map<String, Scenario> scenarios = scenarios(inputs, problems);
        Findings baseline;
        try {
            baseline = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        } catch (InputException e) {
            // The workbench closed the previous rules when the new ones compiled: keep their findings, not them.
            if (current != null && current.inputs().rules() != inputs.rules()) {
                return current.retired(e.problems());
            }
            throw e;
        }
        return new Snapshot(inputs, baseline, scenarios, problems, false);
    }

    /**
     * The scenarios that load; a broken one is left out of the list and its problems shown. By then the
     * workbench has moved to the new rules, so failing the whole load would leave the page on a closed rule base.
     */
    private Map<String, Scenario> scenarios(LoadedInputs inputs, List<Problem> problems) {
        Map<String, Scenario> scenarios = new TreeMap<>();
        try {
            for (Path file : ScenarioLoader.files(scenariosDir)) {
                try {
                    scenarios.put(ScenarioLoader.nameOf(file),
                            ScenarioLoader.load(file, inputs.dossier(), inputs.rules()));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        return scenarios;
    }

    /**
     * Stops at once, whatever is computing: running views are interrupted (their runs of the rules halt, see
     * {@code BoundedFiring}), and the rule base is released only if they let go of it within {@link #CLOSE_WAIT};
     * otherwise it is left to the process's end, since disposing of it under a run would wait for that run.
     */
    @Override
    public void close() {
        watcher.shutdownNow();
        views.shutdownNow();
        boolean locked;
        try {
            locked = lock.writeLock().tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            return;
        }
        try {
            workbench.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
