package org.mizan.cli.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.mizan.cli.Main;
import org.mizan.cli.RuleExitGuard;
import org.mizan.cli.daemon.client.Wire;

/**
 * The resident process the launcher reuses (on the model of Gradle's daemon): one per user, build of the jar and
 * working directory, so that every relative path and every path a message prints is what a run in its own process
 * would see. It listens on a Unix socket in a directory only its user can enter, runs one command at a time with
 * {@link Main#run} (OpenPDF's font cache, POI's reproducibility flag and the renderer warm-up belong to the whole
 * process), with {@code System.out} and {@code System.err} sent to that command's client, and ends when idle for
 * long, when its jar changes, when its socket is removed, or when asked ({@code ./mizan daemon --stop}).
 *
 * <pre>Daemon DIR JAR IDLE_SECONDS</pre> (started by the launcher, in the working directory it serves)
 */
public final class Daemon {

    /** How often the jar, the socket and the idle time are looked at. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private final Path dir;
    private final Path socket;
    private final Path jar;
    private final JarStamp jarStamp;
    private final Duration idleLimit;
    private final ServerSocketChannel server;
    private final Object socketKey;
    private final PrintStream logOut;
    private final PrintStream logErr;
    /** An ansi setting given to the process itself (MIZAN_JAVA_OPTS) wins over the client's terminal. */
    private final boolean ansiPinned = System.getProperty("picocli.ansi") != null;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mizan-daemon-run");
        t.setDaemon(false);
        return t;
    });
    private final AtomicReference<Connection> running = new AtomicReference<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final Instant started = Instant.now();
    private volatile long lastActive = System.nanoTime();
    private volatile boolean stopping;

    private Daemon(Path dir, Path jar, Duration idleLimit, ServerSocketChannel server) throws IOException {
        this.dir = dir;
        this.socket = dir.resolve("socket");
        this.jar = jar;
        this.jarStamp = JarStamp.of(jar);
        this.idleLimit = idleLimit;
        this.server = server;
        this.socketKey = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        this.logOut = System.out;
        this.logErr = System.err;
    }

    public static void main(String[] args) {
        Main.startUp();
        if (args.length != 3) {
            System.err.println("usage: Daemon DIR JAR IDLE_SECONDS");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        try {
            requirePrivate(dir);
            FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                log(System.err, "another process already serves " + dir + "; this one ends");
                System.exit(0);
            }
            writePid(dir);
            // The lock was free, so a socket left here belongs to a process that has died.
            Path socket = dir.resolve("socket");
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Daemon daemon = new Daemon(dir, Path.of(args[1]).toAbsolutePath(),
                    Duration.ofSeconds(Long.parseLong(args[2])), server);
            daemon.serve();
        } catch (IOException | RuntimeException e) {
            log(System.err, "could not start: " + e);
            System.exit(1);
        }
    }

    /** The directory must be this user's alone: anyone who can reach the socket runs commands as this user. */
    private static void requirePrivate(Path dir) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        if (!attributes.isDirectory() || !attributes.permissions().equals(ownerOnly)
                || !attributes.owner().getName().equals(System.getProperty("user.name"))) {
            throw new IOException(dir + " is not a directory of " + System.getProperty("user.name")
                    + " with permissions rwx------");
        }
    }

    private static void writePid(Path dir) throws IOException {
        Path temporary = dir.resolve("pid.tmp");
        Files.writeString(temporary, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        Files.move(temporary, dir.resolve("pid"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void serve() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::ending, "mizan-daemon-end"));
        Thread watch = new Thread(this::watch, "mizan-daemon-watch");
        watch.setDaemon(true);
        watch.start();
        log("serving " + System.getProperty("user.dir") + " on " + socket + " (ends after "
                + idleLimit.toMinutes() + " min idle)");
        while (!stopping) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                log("accept: " + e);
                continue;
            }
            Thread t = new Thread(() -> answer(channel), "mizan-daemon-connection");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Reads one request and answers it; commands are queued for the one thread that runs them. */
    private void answer(SocketChannel channel) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Wire.input(channel)));
            byte kind = Wire.readKind(in);
            Connection connection = new Connection(channel);
            if (kind == Wire.STATUS) {
                connection.text(Wire.TEXT, status());
                connection.exit(0);
                channel.close();
            } else if (kind == Wire.STOP) {
                connection.text(Wire.TEXT, String.format(Locale.ROOT, "mizan: stopping the background process"
                        + " (pid %d)%s%n", ProcessHandle.current().pid(),
                        running.get() == null ? "" : " once the command it is running ends"));
                connection.exit(0);
                channel.close();
                stop("asked to stop");
            } else if (kind == Wire.RUN) {
                Wire.Run run = Wire.readRun(in);
                if (!run.workingDirectory().equals(System.getProperty("user.dir")) || run.args().isEmpty()
                        || run.args().get(0).equals("watch") || run.args().get(0).equals("serve")) {
                    refuse(channel, connection);
                    return;
                }
                pending.incrementAndGet();
                try {
                    runner.execute(() -> {
                        try {
                            run(channel, in, connection, run);
                        } finally {
                            pending.decrementAndGet();
                            lastActive = System.nanoTime();
                        }
                    });
                } catch (RejectedExecutionException stoppingNow) {
                    pending.decrementAndGet();
                    refuse(channel, connection);
                }
            } else {
                channel.close();
            }
        } catch (IOException e) {
            closeQuietly(channel);
        }
    }

    private static void refuse(SocketChannel channel, Connection connection) {
        connection.frame(Wire.REFUSED, new byte[0], 0, 0);
        closeQuietly(channel);
    }

    /** Runs one command for its client, as {@code Main.main} would in a process of its own. */
    private void run(SocketChannel channel, DataInputStream in, Connection connection, Wire.Run run) {
        long begin = System.nanoTime();
        Thread worker = Thread.currentThread();
        Object done = new Object();
        boolean[] finished = {false};
        // A client that goes away (Ctrl-C) interrupts its command, which stops the rules and writes nothing.
        Thread clientWatch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // The client sends nothing after its request.
                }
            } catch (IOException e) {
                // Gone either way.
            }
            synchronized (done) {
                if (!finished[0]) {
                    connection.clientGone();
                    worker.interrupt();
                }
            }
        }, "mizan-daemon-client-watch");
        clientWatch.setDaemon(true);
        clientWatch.start();
        connection.frame(Wire.STARTED, new byte[0], 0, 0);
        PrintStream out = connection.stream(Wire.STDOUT);
        PrintStream err = connection.stream(Wire.STDERR);
        int code;
        Throwable fatal = null;
        running.set(connection);
        System.setOut(out);
        System.setErr(err);
        if (!ansiPinned) {
            System.setProperty("picocli.ansi", Boolean.toString(run.ansi()));
        }
        try {
            code = Main.run(run.args().toArray(String[]::new),
                    new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                    new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        } catch (Throwable t) {
            // What would have ended a process of its own: the JVM's report of an uncaught throwable, and its code.
            err.print("Exception in thread \"main\" ");
            t.printStackTrace(err);
            code = 1;
            fatal = t instanceof Error ? t : null;
        } finally {
            out.flush();
            err.flush();
            synchronized (done) {
                finished[0] = true;
            }
            Thread.interrupted();
            System.setOut(logOut);
            System.setErr(logErr);
        }
        connection.exit(code);
        running.set(null);
        closeQuietly(channel);
        served.incrementAndGet();
        log(String.format(Locale.ROOT, "%s: exit %d in %d ms", run.args().get(0), code,
                (System.nanoTime() - begin) / 1_000_000));
        if (fatal != null) {
            stop("an error may have left it in doubt: " + fatal);
        }
    }

    /** Ends the process when idle for long, when the jar it runs changed or when its socket was removed. */
    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (!jarStamp.equals(JarStamp.of(jar))) {
                stop("its jar changed (a new build)");
            } else if (!socketIsOurs()) {
                stop("its socket was removed");
            } else if (pending.get() == 0 && System.nanoTime() - lastActive > idleLimit.toNanos()) {
                stop("idle for " + idleLimit.toMinutes() + " min");
            }
        }
    }

    private boolean socketIsOurs() {
        try {
            return Objects.equals(socketKey, Files.readAttributes(socket, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes no more requests, lets the queued ones finish, and ends the process. */
    private synchronized void stop(String why) {
        if (stopping) {
            return;
        }
        stopping = true;
        log("ending: " + why);
        removeFiles();
        closeQuietly(server);
        runner.shutdown();
        Thread end = new Thread(() -> {
            try {
                runner.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // End now.
            }
            System.exit(0);
        }, "mizan-daemon-stop");
        end.start();
    }

    /**
     * The shutdown hook: whatever ends the process (a rule's System.exit, a signal, stop), a client whose command
     * was running is told, with the exit code a process of its own would have had, instead of being left waiting.
     */
    private void ending() {
        Connection connection = running.get();
        if (connection != null) {
            // At most a second: a client that stopped reading (suspended with Ctrl-Z) must not keep this process up.
            Thread tell = new Thread(() -> tellEnding(connection), "mizan-daemon-tell");
            tell.setDaemon(true);
            tell.start();
            try {
                tell.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        removeFiles();
    }

    private void tellEnding(Connection connection) {
        if (RuleExitGuard.exitCalledByARule(Thread.getAllStackTraces())) {
            connection.text(Wire.STDERR, RuleExitGuard.MESSAGE + System.lineSeparator());
            connection.exit(RuleExitGuard.EXIT);
            log("a rule's action called System.exit: this process ends");
        } else {
            connection.text(Wire.STDERR, "mizan: error: the background process was stopped before the command"
                    + " finished; nothing was written. Run the command again" + System.lineSeparator());
            connection.exit(3);
        }
    }

    /** The socket and the pid file, if they are still this process's. */
    private void removeFiles() {
        try {
            if (socketIsOurs()) {
                Files.deleteIfExists(socket);
            }
            Path pid = dir.resolve("pid");
            if (Files.exists(pid) && Files.readString(pid, StandardCharsets.US_ASCII).trim()
                    .equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(pid);
            }
        } catch (IOException e) {
            log("could not remove its files: " + e);
        }
    }

    private String status() {
        long idleSeconds = running.get() != null ? 0 : (System.nanoTime() - lastActive) / 1_000_000_000L;
        return String.format(Locale.ROOT, "mizan: background process %d serves %s%n  up %s, %d command(s) run, %s;"
                        + " it ends after %d min idle or when the jar changes%n  socket: %s%n  log: %s%n",
                ProcessHandle.current().pid(), System.getProperty("user.dir"),
                minutes(Duration.between(started, Instant.now())), served.get(),
                running.get() != null ? "running a command now" : "idle for " + idleSeconds + " s",
                idleLimit.toMinutes(), socket, dir.resolve("log"));
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }

    private void log(String message) {
        log(logErr, message);
    }

    private static void log(PrintStream to, String message) {
        to.println(Instant.now() + " mizan daemon " + ProcessHandle.current().pid() + ": " + message);
        to.flush();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Nothing to do.
        }
    }

    /** A build of the jar, as the launcher keys it: its size and modification time. */
    private record JarStamp(long size, FileTime modified) {
        static JarStamp of(Path jar) {
            try {
                return new JarStamp(Files.size(jar), Files.getLastModifiedTime(jar));
            } catch (IOException e) {
                return new JarStamp(-1, FileTime.fromMillis(0));
            }
        }
    }
}
