package org.mizan.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.mizan.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the local analyst workbench and serves until interrupted (Ctrl-C). */
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
    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        WebServer server = WebServer.start(inputs.dirs(), out, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().printf(Locale.ROOT, "Mizan workbench on http://%s:%d/ (Ctrl-C stops it)%n", host,
                server.port());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK;
    }
}
