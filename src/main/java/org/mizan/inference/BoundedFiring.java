package org.mizan.inference;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Runs a firing of the rules on a worker thread and waits for it at most the time budget. Why a worker: a rule's
 * action that never ends ({@code while (true) {}}) cannot be stopped from inside the engine, since Drools checks
 * {@code halt()} only between firings, and the thread that runs it is not interruptible unless the action waits.
 * So, past the budget: halt the session (ends a loop of many short firings), then interrupt the worker (ends an
 * action that sleeps or waits), then stop it ({@link Thread#stop()}, which Java 17 still honours: the worker dies
 * with its session, which is thrown away, and the caller's thread is never touched), and finally give up on it
 * (a daemon thread; the process or the next run carries on). The caller gets {@link OverTime} in every case, as
 * soon as the worker ends or the last grace period is over. A caller interrupted while it waits (a workbench view
 * past its time limit, a server stopping) has the firing stopped the same way at once, and gets a
 * {@link CancellationException}, which nothing mistakes for a problem of the rules.
 */
final class BoundedFiring {

    /** How long each escalation step waits for the worker before the next. */
    static final Duration GRACE = Duration.ofMillis(500);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mizan-rules");
        thread.setDaemon(true);
        return thread;
    });

    /** The budget ran out; the session that was firing is in no state to be used again. */
    static final class OverTime extends RuntimeException {

        private final boolean abandoned;

        OverTime(boolean abandoned) {
            super(null, null, false, false);
            this.abandoned = abandoned;
        }

        /** Whether the worker was still in the firing at the end: the session must then not even be disposed. */
        boolean abandoned() {
            return abandoned;
        }
    }

    /** The caller was interrupted while waiting; the session is in no state to be used again. */
    static final class Cancelled extends CancellationException {

        private final boolean abandoned;

        Cancelled(boolean abandoned) {
            super("the run of the rules was cancelled");
            this.abandoned = abandoned;
        }

        /** Whether the worker was still in the firing at the end: the session must then not even be disposed. */
        boolean abandoned() {
            return abandoned;
        }
    }

    private BoundedFiring() {
    }

    /**
     * What {@code firing} returns, or the exception or error it ended with, rethrown on the calling thread.
     *
     * @throws OverTime if it had not finished within {@code budget}; {@code halt} was then called
     */
    static int run(IntSupplier firing, Duration budget, Runnable halt) {
        Task task = new Task(firing);
        WORKERS.execute(task);
        if (task.await(budget)) {
            return task.outcome();
        }
        if (Thread.currentThread().isInterrupted()) {
            // The caller was cancelled (a view past its time limit, a server stopping), not the rules too slow.
            throw new Cancelled(!stopWorker(task, halt));
        }
        throw new OverTime(!stopWorker(task, halt));
    }

    /**
     * Halts the session, then interrupts and finally stops the worker, each step given its grace period; whether
     * the worker ended. A cancelled caller's interrupt flag is kept but does not cut the grace periods short.
     */
    private static boolean stopWorker(Task task, Runnable halt) {
        boolean interrupted = Thread.interrupted();
        try {
            halt.run();
            boolean ended = task.await(GRACE);
            if (!ended) {
                task.signal(Thread::interrupt);
                ended = task.await(GRACE);
            }
            if (!ended) {
                task.signal(BoundedFiring::stop);
                ended = task.await(GRACE);
            }
            return ended;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException laterJdk) {
            // Java 20 and later refuse: the daemon worker is left to its action, as documented above.
        }
    }

    private static final class Task implements Runnable {

        private final IntSupplier firing;
        private final CountDownLatch done = new CountDownLatch(1);
        private Thread worker;
        private boolean finished;
        private int result;
        private Throwable failure;

        Task(IntSupplier firing) {
            this.firing = firing;
        }

        @Override
        public void run() {
            synchronized (this) {
                worker = Thread.currentThread();
            }
            try {
                result = firing.getAsInt();
            } catch (Throwable t) {
                failure = t;
            } finally {
                synchronized (this) {
                    finished = true;
                    worker = null;
                }
                Thread.interrupted();
                done.countDown();
            }
        }

        /** Interrupts or stops the worker, but only while it is still inside the firing. */
        synchronized void signal(java.util.function.Consumer<Thread> signal) {
            if (!finished && worker != null) {
                signal.accept(worker);
            }
        }

        boolean await(Duration time) {
            try {
                return done.await(time.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return done.getCount() == 0;
            }
        }

        int outcome() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
    }
}
