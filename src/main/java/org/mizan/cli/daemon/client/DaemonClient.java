package org.mizan.cli.daemon.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's client of the resident process: sends the command line, copies the bytes the command writes to
 * this process's stdout and stderr, and exits with the command's code. It uses only {@code java.base} and lives in
 * a jar of its own, so it starts as fast as a trivial JVM.
 *
 * <pre>
 * DaemonClient DIR run [--wait PID] -- ARGS...   run ./mizan ARGS in the process whose socket is DIR/socket
 * DaemonClient DIR status | stop                 ./mizan daemon --status | --stop
 * </pre>
 *
 * Exit {@link #NOT_RUN} (75) means that no process answered and nothing was run: the launcher then starts one, or
 * runs the command itself. {@code --wait PID}: the launcher has just started process PID; wait for its socket.
 */
public final class DaemonClient {

    public static final int NOT_RUN = 75;
    /** How long a starting process may take to open its socket (a cold JVM on a loaded machine). */
    private static final long START_LIMIT_MS = 120_000;

    private DaemonClient() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DaemonClient DIR run [--wait PID] -- ARGS... | status | stop");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int code = switch (args[1]) {
            case "run" -> run(dir, Arrays.asList(args).subList(2, args.length));
            case "status" -> status(dir);
            case "stop" -> stop(dir);
            default -> {
                System.err.println("mizan: daemon: unknown request " + args[1]);
                yield 2;
            }
        };
        System.exit(code);
    }

    private static int run(Path dir, List<String> rest) throws IOException {
        long waitFor = -1;
        int i = 0;
        if (rest.size() >= 2 && rest.get(0).equals("--wait")) {
            waitFor = Long.parseLong(rest.get(1));
            i = 2;
        }
        if (i < rest.size() && rest.get(i).equals("--")) {
            i++;
        }
        List<String> args = rest.subList(i, rest.size());
        SocketChannel channel = connect(dir, waitFor);
        if (channel == null) {
            return NOT_RUN;
        }
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Wire.output(channel)));
            Wire.writeRun(out, new Wire.Run(System.getProperty("user.dir"), ansi(), args));
            return copyAnswer(dir, new DataInputStream(new BufferedInputStream(Wire.input(channel))));
        } catch (IOException e) {
            return NOT_RUN;
        }
    }

    /**
     * Copies the frames to this process's streams; the exit code. Bytes go to the file descriptors unchanged; a
     * stream that can no longer be written (a closed pipe) is skipped, as a PrintStream would.
     */
    private static int copyAnswer(Path dir, DataInputStream in) throws IOException {
        Sink stdout = new Sink(new FileOutputStream(FileDescriptor.out));
        Sink stderr = new Sink(new FileOutputStream(FileDescriptor.err));
        boolean started = false;
        while (true) {
            Wire.Frame frame;
            try {
                frame = Wire.readFrame(in);
            } catch (IOException e) {
                frame = null;
            }
            if (frame == null) {
                if (!started) {
                    return NOT_RUN;
                }
                stderr.write(("mizan: error: the background process ended before the command finished (its log: "
                        + dir.resolve("log") + "); run the command again, or with MIZAN_DAEMON=0 to run it in a"
                        + " process of its own\n").getBytes(StandardCharsets.UTF_8));
                return 3;
            }
            switch (frame.type()) {
                case Wire.STARTED -> started = true;
                case Wire.STDOUT -> stdout.write(frame.bytes());
                case Wire.STDERR -> stderr.write(frame.bytes());
                case Wire.EXIT -> {
                    return frame.code();
                }
                case Wire.REFUSED -> {
                    return NOT_RUN;
                }
                default -> throw new IOException("unexpected frame " + frame.type());
            }
        }
    }

    private static int status(Path dir) throws IOException {
        return control(dir, Wire.STATUS, "mizan: no background process runs for this folder and build of Mizan", 1);
    }

    private static int stop(Path dir) throws IOException {
        Optional<ProcessHandle> process = pidFile(dir);
        int code = control(dir, Wire.STOP, "mizan: no background process was running for this folder and build of"
                + " Mizan", 0);
        // Return once it has gone, so that a script (or a test) that stops it can rely on it.
        process.ifPresent(p -> {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Still running after 30 s (a long command it finishes first): say nothing more.
            }
        });
        return code;
    }

    private static int control(Path dir, byte kind, String none, int noneCode) throws IOException {
        SocketChannel channel = connect(dir, -1);
        if (channel == null) {
            System.out.println(none);
            return noneCode;
        }
        try (channel) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Wire.output(channel)));
            out.writeInt(Wire.MAGIC);
            out.writeByte(kind);
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Wire.input(channel)));
            PrintStream text = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            for (Wire.Frame frame = Wire.readFrame(in); frame != null; frame = Wire.readFrame(in)) {
                if (frame.type() == Wire.TEXT) {
                    text.write(frame.bytes());
                } else if (frame.type() == Wire.EXIT) {
                    return frame.code();
                }
            }
            return 3;
        }
    }

    /**
     * A connection to the process, or null when none answers. While the process the launcher just started (or the
     * one that wrote the pid file) is alive, keep trying: it is starting.
     */
    private static SocketChannel connect(Path dir, long startedPid) {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("socket"));
        long deadline = System.currentTimeMillis() + START_LIMIT_MS;
        while (true) {
            try {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(address);
                    return channel;
                } catch (IOException e) {
                    channel.close();
                }
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
            boolean starting = startedPid > 0 && ProcessHandle.of(startedPid).map(ProcessHandle::isAlive).orElse(false)
                    || pidFile(dir).isPresent();
            if (!starting || System.currentTimeMillis() > deadline) {
                return null;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return null;
            }
        }
    }

    /**
     * The process named by DIR/pid, if it is alive and started before the file was written (so not another
     * process that got the number after the resident one died without removing its file).
     */
    static Optional<ProcessHandle> pidFile(Path dir) {
        Path file = dir.resolve("pid");
        try {
            long pid = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
            Instant written = Files.getLastModifiedTime(file).toInstant();
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.info().startInstant()
                    .map(start -> !start.isAfter(written.plusSeconds(1))).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether picocli would colour help and usage messages if the command ran in this process (its {@code
     * Ansi.AUTO} on Linux and macOS, picocli 4.7): never with NO_COLOR, always with CLICOLOR_FORCE other than 0,
     * never with CLICOLOR=0 (or ConEmuANSI=OFF), else when stdin and stdout are a terminal.
     */
    static boolean ansi() {
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        String force = System.getenv("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) {
            return true;
        }
        if ("0".equals(System.getenv("CLICOLOR")) || "OFF".equals(System.getenv("ConEmuANSI"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later: a console exists even when redirected; picocli then asks isTerminal().
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** One of this process's output streams, given up at its first failure. */
    private static final class Sink {
        private final OutputStream out;
        private boolean broken;

        Sink(OutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes) {
            if (broken) {
                return;
            }
            try {
                out.write(bytes);
            } catch (IOException e) {
                broken = true;
            }
        }
    }
}
