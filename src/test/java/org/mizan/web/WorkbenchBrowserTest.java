package org.mizan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The real page in headless Chromium: what an analyst clicks, and what the clicks must show. */
class WorkbenchBrowserTest {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    @TempDir
    static Path root;
    static WebServer server;
    static ChromeDriver driver;
    static Path downloads;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        server = new TestProject(root.resolve("project")).start();
        base = "http://127.0.0.1:" + server.port();
        downloads = Files.createDirectories(root.resolve("downloads"));
        driver = Browser.start(Files.createDirectories(root.resolve("profile")), downloads);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void home() {
        driver.get(base + "/");
    }

    @Test
    void aRiskOpensToItsChainDownToTheCitedArabicExcerpt() {
        WebElement risk = driver.findElement(By.cssSelector("details.risk"));
        assertFalse(risk.findElement(By.cssSelector("blockquote.excerpt, ul.chain")).isDisplayed(), "closed at first");
        risk.findElement(By.tagName("summary")).click();
        // Open every level below until a cited excerpt shows: risk -> findings it rests on -> facts.
        for (int depth = 0; depth < 6 && visibleExcerpts(risk).isEmpty(); depth++) {
            for (WebElement summary : risk.findElements(By.cssSelector("details:not([open]) > summary"))) {
                if (summary.isDisplayed()) {
                    summary.click();
                }
            }
        }
        List<WebElement> excerpts = visibleExcerpts(risk);
        assertFalse(excerpts.isEmpty(), "the chain reaches a cited excerpt");
        assertTrue(excerpts.stream().anyMatch(e -> ARABIC.matcher(e.getText()).find()), "excerpts are the Arabic source");
        assertTrue(risk.findElements(By.cssSelector(".node.fact .cite")).stream().filter(WebElement::isDisplayed)
                .allMatch(c -> c.getText().matches(".*¶\\d+.*")), "each shown excerpt names its source paragraph");
    }

    @Test
    void choosingAScenarioShowsWhichFindingsChange() {
        assertTrue(driver.findElements(By.id("changes")).isEmpty(), "the baseline has nothing to compare");
        List<String> baselineRisks = riskIds();
        new Select(driver.findElement(By.id("scenario"))).selectByValue("coalition-drawdown");
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertTrue(driver.getCurrentUrl().contains("scenario=coalition-drawdown"));
        List<WebElement> changes = driver.findElements(By.cssSelector("#changes li.change"));
        assertFalse(changes.isEmpty(), "the drawdown changes findings");
        List<String> risksNow = riskIds();
        int checked = 0;
        for (WebElement change : changes) {
            String id = change.getAttribute("data-finding");
            switch (change.getAttribute("data-kind")) {
                case "appeared" -> checked += risksNow.contains(id) ? check(!baselineRisks.contains(id), id) : 0;
                case "disappeared" -> checked += baselineRisks.contains(id) ? check(!risksNow.contains(id), id) : 0;
                default -> checked += risksNow.contains(id) ? 1 : 0;
            }
        }
        assertTrue(checked > 0, "at least one listed change is a risk, shown as changed in the risk list");
    }

    @Test
    void switchingAFactOffIsAQuickWhatIf() {
        driver.findElement(By.cssSelector("#facts > summary")).click();
        driver.findElement(By.cssSelector("#facts input[value='support-oil-protection']")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertTrue(driver.getCurrentUrl().contains("fact=support-oil-protection"));
        assertTrue(driver.findElement(By.cssSelector("#facts input[value='support-oil-protection']")).isSelected());
        assertFalse(driver.findElements(By.cssSelector("#changes li.change")).isEmpty(),
                "without the oil-field protection some finding changes");
        driver.findElement(By.id("reset")).click();
        Browser.waiting(driver).until(ExpectedConditions.numberOfElementsToBe(By.id("changes"), 0));
    }

    @Test
    void theCurrentViewDownloadsAsAValidPdfAndDocx() throws Exception {
        driver.get(base + "/?scenario=coalition-drawdown");
        driver.findElement(By.cssSelector("a.download[href^='/download/brief-en.pdf']")).click();
        Path pdf = Browser.downloaded(downloads, "brief-en.pdf");
        driver.findElement(By.cssSelector("a.download[href^='/download/brief-ar.docx']")).click();
        Path docx = Browser.downloaded(downloads, "brief-ar.docx");

        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        assertTrue(reader.getNumberOfPages() >= 2);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(firstPage.contains("Coalition drawdown"), "the PDF is the scenario's brief: " + firstPage);
        reader.close();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("تقليص دور التحالف"), "the Arabic DOCX names the scenario in Arabic");
        }
        assertArrayEquals(new Http(server.port()).getBytes("/download/brief-en.pdf?scenario=coalition-drawdown")
                .body(), Files.readAllBytes(pdf), "the browser got the view's brief");
    }

    @Test
    void theWholeInterfaceSwitchesToArabicRightToLeft() {
        driver.get(base + "/?scenario=coalition-drawdown");
        driver.findElement(By.id("lang-switch")).click();
        Browser.waiting(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertEquals("ar", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("منضدة ميزان", driver.findElement(By.tagName("h1")).getText());
        assertTrue(ARABIC.matcher(driver.findElement(By.cssSelector("#chains h2")).getText()).find());
        assertTrue(driver.getCurrentUrl().contains("scenario=coalition-drawdown"), "the view is kept");
        WebElement aside = driver.findElement(By.tagName("aside"));
        WebElement main = driver.findElement(By.tagName("main"));
        assertTrue(aside.getLocation().getX() > main.getLocation().getX(), "right to left: the form is on the right");
    }

    /** Writes docs/workbench.png when asked (-Dmizan.screenshot=PATH): the README's picture, from this browser. */
    @Test
    void screenshotForTheReadme() throws IOException {
        String target = System.getProperty("mizan.screenshot");
        org.junit.jupiter.api.Assumptions.assumeTrue(target != null, "only with -Dmizan.screenshot=PATH");
        driver.get(base + "/?scenario=coalition-drawdown");
        driver.findElement(By.cssSelector("details.risk > summary")).click();
        driver.findElements(By.cssSelector("details.risk[open] ul.chain > li > details > summary")).forEach(WebElement::click);
        driver.executeScript("window.scrollTo(0, 0)");
        Files.createDirectories(Path.of(target).toAbsolutePath().getParent());
        Files.write(Path.of(target), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static int check(boolean consistent, String findingId) {
        assertTrue(consistent, findingId + ": the risk list agrees with the change list");
        return 1;
    }

    private static List<WebElement> visibleExcerpts(WebElement risk) {
        return risk.findElements(By.cssSelector("blockquote.excerpt")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static List<String> riskIds() {
        return driver.findElements(By.cssSelector("details.risk")).stream().map(e -> e.getAttribute("data-risk")).toList();
    }
}
