package org.mizan.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mizan.pipeline.InputDirs;
import org.mizan.pipeline.Workbench;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The local analyst workbench: one page over the warm engine. Binds to the given host (127.0.0.1 by default in
 * the command), accepts small bodies only, and answers every refusal with a short page saying why.
 */
public final class WebServer implements AutoCloseable {

    /** Form posts carry names, never files or rule text: 64 KiB is hundreds of switches. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /** How often the input folders are checked for changes. */
    public static final long RELOAD_MILLIS = 1000;

    /** How long one view (a page, a what-if, a download) may take to compute before the request gets a 503. */
    public static final Duration VIEW_LIMIT = Duration.ofSeconds(60);

    /**
     * Where and how to serve: {@code allowHosts} are names besides localhost and the bound address that the
     * Host header may carry (a team server's name); {@code viewLimit} bounds the time of one view.
     */
    public record Options(String host, int port, List<String> allowHosts, Duration viewLimit) {

        public Options {
            allowHosts = List.copyOf(allowHosts);
        }

        public static Options local(int port) {
            return new Options("127.0.0.1", port, List.of(), VIEW_LIMIT);
        }
    }

    private final Engine engine;
    private final Javalin app;
    private final Protection protection;

    private WebServer(Engine engine, Path outDir, Options options) {
        this.engine = engine;
        this.protection = new Protection(options.host(), options.allowHosts());
        Routes routes = new Routes(engine, new OutFiles(outDir));
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(Protection.errorHandler()));
            config.routes.before(protection::headers);
            config.routes.before(protection::checkHost);
            config.routes.before(WebServer::limitBody);
            config.routes.get("/", routes::page);
            config.routes.post("/", routes::whatIf);
            config.routes.get("/download/{file}", routes::download);
            config.routes.get("/out/{name}", routes::earlier);
            config.routes.get("/out/{folder}/{name}", routes::earlier);
            config.routes.get("/static/{name}", routes::asset);
            config.routes.exception(BadRequest.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
            config.routes.exception(InputException.class, (e, ctx) -> refuse(ctx, 422, String.join("\n",
                    e.problems().stream().map(Problem::format).toList())));
            // A bug, not the user's doing: a short page naming it, with the headers, never a stack trace.
            config.routes.exception(Exception.class, (e, ctx) -> {
                protection.headers(ctx);
                refuse(ctx, 500, "internal error: " + e);
            });
        });
    }

    /**
     * Loads the inputs (throws {@link InputException} if they are bad from the start), then serves on
     * {@code host:port} (port 0 picks a free one) and watches the input folders.
     */
    public static WebServer start(InputDirs dirs, Path outDir, String host, int port) {
        return start(dirs, outDir, new Options(host, port, List.of(), VIEW_LIMIT));
    }

    /** The same, with every option. */
    public static WebServer start(InputDirs dirs, Path outDir, Options options) {
        Engine engine = new Engine(new Workbench(dirs), options.viewLimit());
        WebServer server = new WebServer(engine, outDir, options);
        server.app.start(options.host(), options.port());
        engine.watch(RELOAD_MILLIS);
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The names the Host header may carry, sorted: for the start-up message. */
    public List<String> allowedHosts() {
        return List.copyOf(new java.util.TreeSet<>(protection.allowed()));
    }

    /** Whether {@code host} reaches this machine only; anything else exposes the workbench to a network. */
    public static boolean isLoopback(String host) {
        return Protection.isLoopback(host);
    }

    /** Re-reads the inputs now instead of at the next poll: for tests and a future "reload" button. */
    public void reload() {
        engine.reload();
    }

    /** Refuses bodies over the limit up front, and bodies of unknown length, which could not be bounded. */
    private static void limitBody(Context ctx) {
        if (!ctx.method().name().equals("POST")) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            throw new BadRequest(411, "a request body needs a Content-Length");
        }
        if (length > MAX_BODY_BYTES) {
            throw new BadRequest(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    private static void refuse(Context ctx, int status, String message) {
        ctx.status(HttpStatus.forStatus(status)).contentType("text/html; charset=utf-8")
                .result("<!doctype html><html><head><meta charset=\"utf-8\"><title>Mizan</title></head><body>"
                        + "<h1>" + status + "</h1><pre id=\"error\">" + Html.esc(message) + "</pre>"
                        + "<p><a href=\"/\">Mizan workbench</a></p></body></html>");
    }

    /**
     * Stops serving at once: the views still computing are cancelled first, so that no request holds Jetty's stop
     * up waiting for its view (a heavy one took minutes).
     */
    @Override
    public void close() {
        engine.close();
        app.stop();
    }
}
