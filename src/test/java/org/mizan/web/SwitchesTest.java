package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every switch the what-if form offers works: each rule and each fact switched off alone gives a page (200), never
 * a refusal.
 * The rows of the rating table are not offered (a risk without its rating could not be graded), and a rule name
 * is written into the form once escaped, so the value a tool reads from the page is the rule's name.
 */
class SwitchesTest {

    private static final Pattern RULE_SWITCH = Pattern.compile("name=\"rule\" value=\"([^\"]*)\"");
    private static final Pattern FACT_SWITCH = Pattern.compile("name=\"fact\" value=\"([^\"]*)\"");

    @TempDir
    static Path root;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = new TestProject(root).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRuleSwitchTheFormOffersGivesAPage() {
        List<String> offered = offered(http.get("/").body());
        assertTrue(offered.size() > 30, "the form offers the rules: " + offered);
        assertEquals(Map.of(), failures("rule", offered));
    }

    @Test
    void everyFactSwitchTheFormOffersGivesAPage() {
        List<String> offered = offered(FACT_SWITCH, http.get("/").body());
        assertTrue(offered.size() > 30, "the form offers the facts: " + offered);
        assertEquals(Map.of(), failures("fact", offered));
    }

    /** Each value switched off alone: those whose page is not a 200, with what the server said. */
    private static Map<String, String> failures(String field, List<String> values) {
        Map<String, String> failed = new TreeMap<>();
        for (String value : values) {
            HttpResponse<String> page = http.get("/?" + field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            if (page.statusCode() != 200) {
                failed.put(value, page.statusCode() + " " + page.body().replaceAll("<[^>]+>", " ").strip());
            }
        }
        return failed;
    }

    @Test
    void ruleNamesWithAnApostropheAreOfferedAsTheyAreWritten() {
        List<String> offered = offered(http.get("/").body());
        assertTrue(offered.contains("Recipient fights under its provider's air cover"), offered.toString());
        assertFalse(offered.stream().anyMatch(r -> r.contains("&")), "escaped once, read back as written");
    }

    @Test
    void theRatingTableIsNotOfferedAndARowAskedForIsRefusedSayingWhy() {
        List<String> offered = offered(http.get("/").body());
        assertFalse(offered.stream().anyMatch(r -> r.startsWith("Rating ")), offered.toString());
        HttpResponse<String> row = http.get("/?rule=" + URLEncoder.encode("Rating likely x major",
                StandardCharsets.UTF_8));
        assertEquals(400, row.statusCode(), row.body());
        assertTrue(row.body().contains("is a row of the rating table, which cannot be switched off on its own"),
                row.body());
    }

    /** The values of the form's rule check boxes, decoded as a browser decodes an attribute. */
    private static List<String> offered(String page) {
        return offered(RULE_SWITCH, page);
    }

    private static List<String> offered(Pattern field, String page) {
        List<String> rules = new ArrayList<>();
        Matcher m = field.matcher(page);
        while (m.find()) {
            rules.add(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        }
        return rules;
    }
}
