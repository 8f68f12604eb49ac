package org.mizan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.dossier.Language;
import org.mizan.pipeline.Artifact;
import org.mizan.pipeline.OutputFormat;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The request handlers. Each reads the current snapshot under the engine's read lock, so a reload between two
 * steps of one request cannot mix old and new inputs; every name from the request is validated before use.
 */
final class Routes {

    private static final Pattern DOWNLOAD = Pattern.compile("brief-(en|ar)\\.(pdf|docx)");
    /** The only static files; a fixed list, so the request path never reaches the class path or the disk. */
    private static final Map<String, String> STATIC = Map.of("workbench.css", "text/css; charset=utf-8",
            "workbench.js", "text/javascript; charset=utf-8");

    private final Engine engine;
    private final OutFiles outFiles;

    Routes(Engine engine, OutFiles outFiles) {
        this.engine = engine;
        this.outFiles = outFiles;
    }

    void page(Context ctx) {
        Ui ui = Ui.of(language(ctx.queryParam("lang")));
        String html = engine.read(snapshot -> {
            WhatIf whatIf = WhatIf.parse(ctx.queryParamMap(), snapshot);
            Analysis analysis = Analysis.of(snapshot, whatIf);
            String brief = BriefHtml.render(Briefs.model(snapshot, analysis, ui.language()));
            return PageHtml.render(snapshot, whatIf, analysis, ui, outFiles.list(), brief);
        });
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /** The what-if form posts here; the answer is a redirect to the view's own address (post, redirect, get). */
    void whatIf(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        Language lang = language(form.getOrDefault("lang", List.of()).stream().findFirst().orElse(null));
        String query = engine.read(snapshot -> WhatIf.parse(form, snapshot).query());
        ctx.redirect("/?lang=" + lang.code() + (query.isEmpty() ? "" : "&" + query), HttpStatus.SEE_OTHER);
    }

    void download(Context ctx) {
        Matcher m = DOWNLOAD.matcher(ctx.pathParam("file"));
        if (!m.matches()) {
            throw new BadRequest(404, "no such download: " + Html.clip(ctx.pathParam("file")));
        }
        Language lang = Language.ofCode(m.group(1));
        OutputFormat format = m.group(2).equals("pdf") ? OutputFormat.PDF : OutputFormat.DOCX;
        Artifact file = engine.read(snapshot -> Briefs.file(snapshot,
                Analysis.of(snapshot, WhatIf.parse(ctx.queryParamMap(), snapshot)), lang, format));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(OutFiles.contentType(file.fileName())).result(file.bytes());
    }

    void earlier(Context ctx) throws IOException {
        var file = outFiles.resolve(ctx.pathParamMap().get("folder"), ctx.pathParam("name"));
        String name = file.getFileName().toString();
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .contentType(OutFiles.contentType(name)).result(Files.readAllBytes(file));
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = STATIC.get(name);
        if (type == null) {
            throw new BadRequest(404, "no such file");
        }
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Language language(String code) {
        if (code == null || code.isEmpty() || code.equals("en")) {
            return Language.EN;
        }
        if (code.equals("ar")) {
            return Language.AR;
        }
        throw new BadRequest("unknown language: " + Html.clip(code));
    }
}
