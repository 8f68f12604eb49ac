package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's views under a Turkish default locale, in this JVM and without the start-up's pin (so Mizan's own code
 * is held to it): every view answers, and no CSS class or label key holds a dotless ı ("rating-hıgh",
 * "changes.dısappeared" once made five of eight what-if views fail).
 */
class TurkishLocaleTest {

    @TempDir
    Path root;

    @Test
    void everyWhatIfViewAnswersUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try (WebServer server = new TestProject(root).start()) {
            Http http = new Http(server.port());
            for (String view : List.of("/?lang=en", "/?lang=en&scenario=coalition-drawdown",
                    "/?lang=ar&scenario=sanctions-relief-reversed", "/?lang=en&scenario=sdf-integrated",
                    "/?lang=en&fact=support-funding")) {
                HttpResponse<String> page = http.get(view);
                assertEquals(200, page.statusCode(), view + ": " + page.body());
                assertFalse(page.body().contains("\u0131"), view + " has a dotless ı");
            }
            assertTrue(http.get("/?lang=en").body().contains("rating-high"), "the CSS class of a high rating");
        } finally {
            Locale.setDefault(before);
        }
    }
}
