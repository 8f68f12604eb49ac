package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several tabs at once: different views downloaded and shown in parallel, while the inputs are reloaded under
 * them, give exactly the bytes each gives alone (the briefs are reproducible, so any mix-up would show).
 */
class ConcurrencyTest {

    private static final List<String> PATHS = List.of(
            "/download/brief-en.pdf",
            "/download/brief-ar.pdf?scenario=coalition-drawdown",
            "/download/brief-en.docx?fact=support-funding",
            "/download/brief-ar.docx?scenario=sdf-integrated&rule=Single-patron+concentration",
            "/?lang=ar&scenario=coalition-drawdown",
            "/?fact=support-oil-protection");

    @TempDir
    Path root;

    @Test
    void parallelRequestsGiveTheSameBytesAsSequentialOnes() throws Exception {
        try (WebServer server = new TestProject(root).start()) {
            Http http = new Http(server.port());
            Map<String, byte[]> expected = new LinkedHashMap<>();
            PATHS.forEach(p -> expected.put(p, body(http.getBytes(p))));
            assertEquals(6, expected.values().stream().map(java.util.Arrays::hashCode).distinct().count(),
                    "the six views differ from each other, so a mix-up would be caught");
            List<String> work = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                work.addAll(PATHS);
            }
            Collections.shuffle(work, new java.util.Random(8));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<byte[]>> results = new ArrayList<>();
                for (String p : work) {
                    results.add(pool.submit(() -> body(http.getBytes(p))));
                }
                server.reload();
                for (int i = 0; i < work.size(); i++) {
                    assertArrayEquals(expected.get(work.get(i)), results.get(i).get(), work.get(i));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static byte[] body(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().length > 1000);
        return response.body();
    }
}
