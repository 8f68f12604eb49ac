package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server refuses: big bodies, names that do not exist, and any path outside out/. */
class WebLimitsTest {

    @TempDir
    static Path root;
    static WebServer server;
    static Http http;
    static byte[] earlierBrief = "%PDF-1.4 an earlier brief".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void start() throws IOException {
        TestProject project = new TestProject(root);
        Files.createDirectories(project.out);
        Files.write(project.out.resolve("brief-en.pdf"), earlierBrief);
        Files.writeString(root.resolve("secret.json"), "TOP-SECRET");
        Files.createSymbolicLink(project.out.resolve("link.json"), root.resolve("secret.json"));
        Files.createSymbolicLink(project.out.resolve("linkdir"), root);
        Files.createDirectories(project.out.resolve("coalition-drawdown"));
        Files.write(project.out.resolve("coalition-drawdown/brief-ar.pdf"), earlierBrief);
        server = project.start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void oversizedBodyIsRefusedAndTheServerCarriesOn() {
        String body = "lang=en&fact=" + "a".repeat((int) WebServer.MAX_BODY_BYTES);
        assertEquals(413, http.postForm("/", body).statusCode());
        assertEquals(303, http.postForm("/", "lang=en&fact=support-funding").statusCode());
        assertEquals(200, http.get("/").statusCode());
    }

    @Test
    void earlierBriefsAreServedFromOutOnly() {
        HttpResponse<byte[]> ok = http.getBytes("/out/brief-en.pdf");
        assertEquals(200, ok.statusCode());
        assertArrayEquals(earlierBrief, ok.body());
        assertArrayEquals(earlierBrief, http.getBytes("/out/coalition-drawdown/brief-ar.pdf").body(),
                "a scenario's briefs are in a folder of out/");
        String page = http.get("/").body();
        assertTrue(page.contains("href=\"/out/brief-en.pdf\""), "out/ is listed on the page");
        assertTrue(page.contains("href=\"/out/coalition-drawdown/brief-ar.pdf\""));
        assertFalse(page.contains("linkdir"), "links are not followed when listing");
        for (String path : List.of("/out/..%2Fsecret.json", "/out/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/out/link.json",
                "/out/secret.json", "/out/..", "/out/pom.xml", "/static/..%2F..%2Fsecret.json",
                "/static/Routes.class", "/download/..%2Fsecret.json", "/download/brief-en.txt",
                "/out/linkdir/secret.json", "/out/coalition-drawdown/..%2F..%2Fsecret.json", "/out/../secret.json",
                "/out/..%2F..%2F/secret.json", "/out/%2E%2E/secret.json")) {
            HttpResponse<String> r = http.get(path);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " gave " + r.statusCode());
            assertFalse(r.body().contains("TOP-SECRET"), path);
        }
    }

    @Test
    void onlyNamesThatExistAreAccepted() {
        assertEquals(200, http.get("/?fact=support-funding&rule=Single-patron+concentration").statusCode());
        for (String path : List.of("/?fact=no-such-fact", "/?fact=..%2F..%2Fetc%2Fpasswd",
                "/?scenario=..%2Ffacts%2Fsupport", "/?scenario=no-such-scenario", "/?rule=rule+%22x%22+when+then+end",
                "/?lang=fr", "/download/brief-en.pdf?scenario=nope")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(r.body().contains("id=\"error\""), path);
        }
        assertEquals(400, http.postForm("/", "scenario=%3Cscript%3E").statusCode());
        assertFalse(http.get("/?scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body().contains("<script>alert"),
                "a refused name is escaped in the error page");
    }

    @Test
    void aPostedWhatIfRedirectsToItsOwnAddress() {
        HttpResponse<String> posted = http.postForm("/", "lang=ar&scenario=coalition-drawdown&fact=support-training-arms");
        assertEquals(303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertEquals("/?lang=ar&scenario=coalition-drawdown&fact=support-training-arms", location);
        String page = http.get(location).body();
        assertTrue(page.contains("dir=\"rtl\""), "the Arabic page runs right to left");
        assertTrue(page.contains("class=\"change "), "the drawdown changes findings");
        assertTrue(page.contains("value=\"support-training-arms\" checked"), "the switched-off fact stays ticked");
    }
}
