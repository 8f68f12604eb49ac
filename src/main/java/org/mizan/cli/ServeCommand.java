package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.mizan.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the local analyst workbench and serves until interrupted (Ctrl-C) or sent SIGTERM; either stops it within
 * {@link #STOP_WITHIN} whatever is computing. Anything else that ends the process while it serves is reported.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the analyst workbench in the browser: findings, what-ifs and downloads "
                + "(on 127.0.0.1 only, unless --host says otherwise).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder of earlier briefs (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    // Loopback by default: the workbench has no login, so it must not be reachable from the network unasked.
    @Option(names = "--host", paramLabel = "ADDR", description = {"Address to bind (default: ${DEFAULT-VALUE}).",
            "Anything but a loopback address exposes the workbench, which has no login, to the network."})
    String host = "127.0.0.1";

    // Requests naming any other host are refused: that is what defeats DNS rebinding from a page in the browser.
    @Option(names = "--allow-host", paramLabel = "NAME", split = ",", description = "A host name (or address)"
            + " by which a team reaches the workbench, besides localhost and --host; repeatable or comma separated.")
    List<String> allowHosts = new ArrayList<>();

    /** Ctrl-C or SIGTERM ends serve within this, whatever a view is computing; the process ends after it. */
    static final Duration STOP_WITHIN = Duration.ofMillis(1000);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        if (!WebServer.isLoopback(host)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("mizan: WARNING: --host " + host + " is not a loopback address: anyone who can reach it can"
                    + " read the dossier, the findings and the briefs; the workbench has no login.");
            err.println("mizan: WARNING: serve a team only on a network you trust, and name the host the team"
                    + " uses with --allow-host NAME (other names are refused).");
            err.flush();
        }
        WebServer server = WebServer.start(inputs.dirs(), out,
                new WebServer.Options(host, port, allowHosts, WebServer.VIEW_LIMIT));
        StopSignals.install();
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StopSignals.closeWithin(server, STOP_WITHIN);
            if (!StopSignals.received()) {
                // Nothing but a signal stops serve, so this is a System.exit from code the rules ran.
                err.println("mizan: error: the workbench was ended by a call to System.exit, not by Ctrl-C or a "
                        + "signal: a rule's action, or a function it calls, ends the process; remove that call");
                err.flush();
                Runtime.getRuntime().halt(ExitCode.INVALID_INPUT);
            }
            stopped.countDown();
        }, "mizan-serve-stop"));
        spec.commandLine().getOut().printf(Locale.ROOT, "Mizan workbench on http://%s:%d/ (Ctrl-C stops it); Host "
                + "names accepted: %s%n", host.contains(":") ? "[" + host + "]" : host, server.port(),
                String.join(", ", server.allowedHosts()));
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
