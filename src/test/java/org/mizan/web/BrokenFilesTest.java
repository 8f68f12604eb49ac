package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file broken on disk shows its file:line on the page, and the page keeps showing the last good findings. */
class BrokenFilesTest {

    private static final Pattern RISKS = Pattern.compile("<details class=\"risk ");

    @TempDir
    Path root;

    @Test
    void aBrokenRuleFileIsNamedWithItsLineAndTheLastGoodStateStays() throws IOException {
        TestProject project = new TestProject(root);
        try (WebServer server = project.start()) {
            Http http = new Http(server.port());
            String good = http.get("/").body();
            Path rule = project.dirs.rules().resolve("risks-resources.drl");
            String text = Files.readString(rule);
            Files.writeString(rule, text.replace("when\n    $relief", "when\n    $relief : Dependency(kind ==\n    $relief"));
            server.reload();
            String broken = http.get("/").body();
            assertTrue(Pattern.compile("risks-resources\\.drl:\\d+").matcher(broken).find(), "file:line is shown");
            assertTrue(broken.contains("id=\"problems\""));
            assertEquals(count(good), count(broken), "the last good risks are still shown");
            assertTrue(count(good) > 0);
            assertTrue(http.get("/?scenario=coalition-drawdown").body().contains("class=\"change "),
                    "what-ifs still run on the last good rules");
            assertEquals(200, http.getBytes("/download/brief-en.pdf").statusCode());
            Files.writeString(rule, text);
            server.reload();
            assertFalse(http.get("/").body().contains("id=\"problems\""), "fixed on disk, the problems go");
        }
    }

    @Test
    void aBrokenFactFileIsNamedWithItsLine() throws IOException {
        TestProject project = new TestProject(root);
        try (WebServer server = project.start()) {
            Http http = new Http(server.port());
            Path facts = project.dirs.facts().resolve("support.json");
            String text = Files.readString(facts);
            Files.writeString(facts, text.replaceFirst("\"support-funding\",", "\"support-funding\" \"oops\","));
            server.reload();
            String page = http.get("/").body();
            Matcher m = Pattern.compile("support\\.json:(\\d+)").matcher(page);
            assertTrue(m.find(), "file:line is shown");
            int line = Integer.parseInt(m.group(1));
            assertTrue(text.lines().toList().get(line - 1).contains("support-funding"), "the line is the broken one");
            assertTrue(page.contains("data-id=\"support-funding\"") || count(page) > 0, "last good findings stay");
        }
    }

    @Test
    void aBrokenScenarioIsNamedAndLeftOutWhileTheOthersStillRun() throws IOException {
        TestProject project = new TestProject(root);
        try (WebServer server = project.start()) {
            Http http = new Http(server.port());
            Path scenario = project.dirs.facts().resolve("scenarios/coalition-drawdown.json");
            Files.writeString(scenario, Files.readString(scenario).replaceFirst("\"description\"", "\"descripton\""));
            server.reload();
            String page = http.get("/").body();
            assertTrue(Pattern.compile("coalition-drawdown\\.json:\\d+").matcher(page).find(),
                    () -> "file:line is shown: " + problems(page));
            assertFalse(page.contains("value=\"coalition-drawdown\""), "the broken scenario cannot be chosen");
            assertEquals(400, http.get("/?scenario=coalition-drawdown").statusCode());
            assertEquals(200, http.get("/?scenario=sdf-integrated").statusCode(), "the other scenarios still run");
        }
    }

    @Test
    void rulesThatCompileButNeverStopKeepTheLastFindingsAndRefuseWhatIfs() throws IOException {
        TestProject project = new TestProject(root);
        try (WebServer server = project.start()) {
            Http http = new Http(server.port());
            String good = http.get("/").body();
            Path rule = project.dirs.rules().resolve("runaway.drl");
            Files.writeString(rule, "package org.mizan.rules;\n\n// Never stops: every insert matches again.\n"
                    + "rule \"Runaway\"\nwhen\n    $o : Object()\nthen\n    insert(new Object());\nend\n");
            server.reload();
            String page = http.get("/").body();
            assertTrue(page.contains("id=\"problems\""), "the runaway rule is reported");
            assertTrue(page.contains("runaway.drl"), () -> problems(page));
            assertEquals(count(good), count(page), "the last good risks are still shown");
            assertEquals(200, http.getBytes("/download/brief-ar.docx").statusCode(), "and can be downloaded");
            assertEquals(409, http.get("/?scenario=sdf-integrated").statusCode(), "what-ifs wait for a fix");
            Files.delete(rule);
            server.reload();
            assertEquals(200, http.get("/?scenario=sdf-integrated").statusCode(), "fixed, what-ifs run again");
        }
    }

    @Test
    void changesOnDiskAreReloadedWithoutBeingAsked() throws Exception {
        TestProject project = new TestProject(root);
        try (WebServer server = project.start()) {
            Http http = new Http(server.port());
            Path rule = project.dirs.rules().resolve("risks-resources.drl");
            Files.writeString(rule, Files.readString(rule) + "\nrule \"Broken on purpose\"\nwhen\n  Nope(\nthen\nend\n");
            long deadline = System.currentTimeMillis() + 10 * WebServer.RELOAD_MILLIS;
            boolean seen = false;
            while (!seen && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                seen = http.get("/").body().contains("id=\"problems\"");
            }
            assertTrue(seen, "the watcher picked up the change within ten polls");
        }
    }

    private static String problems(String page) {
        int start = page.indexOf("<section id=\"problems\"");
        return start < 0 ? "no problems shown" : page.substring(start, page.indexOf("</section>", start));
    }

    private static long count(String page) {
        return RISKS.matcher(page).results().count();
    }
}
