package org.mizan.locale;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mizan.cli.Main;
import org.mizan.pipeline.InputDirs;
import org.mizan.web.WebServer;

/**
 * What {@link LocaleIndependenceTest} runs in a JVM of its own, started with a locale's system properties and LANG:
 * the commands and workbench views an analyst sees, each one's output saved under a file name in the results folder,
 * so the test can compare the bytes of every locale with the default's. Runs in the project copy it is started in
 * (relative paths, so the printed paths are the same in every locale).
 */
public final class LocaleProbe {

    /** What-if views of the workbench in both languages: the baseline, two scenarios, a fact and a rule off. */
    static final List<String> VIEWS = List.of("/?lang=en", "/?lang=ar&scenario=coalition-drawdown",
            "/?lang=en&scenario=sanctions-relief-reversed", "/?lang=en&fact=support-funding&rule=Single-patron+concentration");

    private LocaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        Main.startUp();
        Path results = Path.of(args[0]);
        Files.createDirectories(results);
        String[] inputs = {"--facts", "facts", "--shipped-rules", "rules", "--shipped-templates", "templates"};
        command(results, "generate", concat(new String[] {"generate", "--out", "out"}, inputs));
        command(results, "diff", concat(new String[] {"diff", "coalition-drawdown"}, inputs));
        command(results, "explain-json", concat(new String[] {"explain", "--json", "support-funding"}, inputs));
        command(results, "explain", concat(new String[] {"explain", "support-funding"}, inputs));
        command(results, "validate", concat(new String[] {"validate"}, inputs));
        try (WebServer server = WebServer.start(new InputDirs(Path.of("facts"), Path.of("rules"),
                Path.of("templates")), Path.of("out"), "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < VIEWS.size(); i++) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + VIEWS.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                Files.writeString(results.resolve("view-" + i + ".status"), r.statusCode() + "\n");
                Files.write(results.resolve("view-" + i + ".html"), r.body());
            }
        }
        System.exit(0);
    }

    private static void command(Path results, String name, String[] args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        Files.writeString(results.resolve(name + ".out"), "exit " + code + "\n" + out + err, StandardCharsets.UTF_8);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
