package org.mizan.web;

import java.nio.file.Path;

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

    private final Engine engine;
    private final Javalin app;

    private WebServer(Engine engine, Path outDir) {
        this.engine = engine;
        Routes routes = new Routes(engine, new OutFiles(outDir));
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.showJavalinBanner = false;
        });
        app.before(WebServer::limitBody);
        app.get("/", routes::page);
        app.post("/", routes::whatIf);
        app.get("/download/{file}", routes::download);
        app.get("/out/{name}", routes::earlier);
        app.get("/out/{folder}/{name}", routes::earlier);
        app.get("/static/{name}", routes::asset);
        app.exception(BadRequest.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        app.exception(InputException.class, (e, ctx) -> refuse(ctx, 422, String.join("\n",
                e.problems().stream().map(Problem::format).toList())));
    }

    /**
     * Loads the inputs (throws {@link InputException} if they are bad from the start), then serves on
     * {@code host:port} (port 0 picks a free one) and watches the input folders.
     */
    public static WebServer start(InputDirs dirs, Path outDir, String host, int port) {
        Engine engine = new Engine(new Workbench(dirs));
        WebServer server = new WebServer(engine, outDir);
        server.app.start(host, port);
        engine.watch(RELOAD_MILLIS);
        return server;
    }

    public int port() {
        return app.port();
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

    @Override
    public void close() {
        app.stop();
        engine.close();
    }
}
