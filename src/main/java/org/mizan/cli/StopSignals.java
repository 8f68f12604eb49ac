package org.mizan.cli;

import java.time.Duration;

import sun.misc.Signal;

/**
 * Tells a stop the user asked for (Ctrl-C, SIGTERM) from any other end of a long-running command, such as code the
 * rules ran calling {@code System.exit}: both run the shutdown hooks, and only the signals pass through here. The
 * exit statuses stay the shell's usual ones (130 for SIGINT, 143 for SIGTERM).
 */
final class StopSignals {

    private static volatile boolean received;

    private StopSignals() {
    }

    /** Handles SIGINT and SIGTERM by exiting as the JVM would, after noting that a signal asked for it. */
    static void install() {
        handle("INT", 130);
        handle("TERM", 143);
    }

    /** Whether a signal, rather than anything else in the process, is what is ending it. */
    static boolean received() {
        return received;
    }

    /**
     * Runs {@code closer} on a thread of its own and waits for it at most {@code within}: a shutdown hook must not
     * keep the process alive, whatever the closing waits for.
     */
    static void closeWithin(AutoCloseable closer, Duration within) {
        Thread thread = new Thread(() -> {
            try {
                closer.close();
            } catch (Exception e) {
                // The process is ending: nothing is left to tell about a resource that failed to close.
            }
        }, "mizan-close");
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(within.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void handle(String name, int status) {
        try {
            Signal.handle(new Signal(name), signal -> {
                received = true;
                System.exit(status);
            });
        } catch (IllegalArgumentException unavailable) {
            // The JVM keeps this signal for itself (-Xrs, another platform): its default handling stays.
        }
    }
}
