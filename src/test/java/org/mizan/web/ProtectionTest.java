package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeps a web page elsewhere out of the workbench: a foreign Host header (DNS rebinding) is refused, a team
 * server accepts the names it allows, and every response (page, download, asset, refusal) carries the security
 * headers, Jetty's own error pages included.
 */
class ProtectionTest {

    private static final String TEAM_NAME = "mizan.team.example";

    @TempDir
    static Path root;
    static WebServer server;

    @BeforeAll
    static void start() {
        TestProject project = new TestProject(root);
        server = WebServer.start(project.dirs, project.out,
                new WebServer.Options("127.0.0.1", 0, List.of(TEAM_NAME), WebServer.VIEW_LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aForeignHostIsRefusedWithTheSecurityHeaders() {
        String response = get("/", "evil.example");
        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertTrue(response.contains("--allow-host"), response);
        assertFalse(response.contains("risk"), "nothing of the dossier: " + response);
        assertSecurityHeaders(response);
        assertTrue(get("/download/brief-en.pdf", "evil.example:" + server.port()).startsWith("HTTP/1.1 403 "));
    }

    @Test
    void localNamesAndTheAllowedTeamNameAreServed() {
        for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST",
                "[::1]:" + server.port(), TEAM_NAME)) {
            assertTrue(get("/", host).startsWith("HTTP/1.1 200 "), host);
        }
    }

    @Test
    void pagesDownloadsAssetsAndErrorsCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/download/brief-en.docx", "/static/workbench.js", "/download/nope.exe",
                "/no/such/page", "/?lang=xx")) {
            assertSecurityHeaders(get(path, "127.0.0.1"));
        }
    }

    /** Jetty answers these itself, before any handler of the workbench runs; its pages carry the headers too. */
    @Test
    void responsesJettyWritesItselfCarryTheSecurityHeaders() {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("400", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        requests.put("414", "GET /?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        requests.put("431", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        requests.put("505", "GET / HTTP/7.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        requests.put("400 ", "GET /% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        requests.forEach((status, request) -> {
            String response = raw(request);
            assertTrue(response.startsWith("HTTP/1.1 " + status.trim() + " "), response);
            assertSecurityHeaders(response);
        });
    }

    @Test
    void onlyLoopbackAddressesCountAsLocal() {
        assertTrue(WebServer.isLoopback("127.0.0.1"));
        assertTrue(WebServer.isLoopback("::1"));
        assertTrue(WebServer.isLoopback("localhost"));
        assertFalse(WebServer.isLoopback("0.0.0.0"));
        assertFalse(WebServer.isLoopback("192.0.2.10"));
    }

    private static void assertSecurityHeaders(String response) {
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertTrue(head.contains("\r\ncontent-security-policy: " + Protection.CONTENT_SECURITY_POLICY), head);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), head);
        assertTrue(head.contains("\r\nx-frame-options: deny"), head);
        assertTrue(head.contains("\r\nreferrer-policy: no-referrer"), head);
    }

    /** A raw request: Java's HTTP client will not send a Host header of the caller's choosing. */
    private static String get(String path, String host) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
