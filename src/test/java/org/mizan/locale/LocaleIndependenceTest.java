package org.mizan.locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.cli.CliRun;

/**
 * The same bytes in every locale. {@link LocaleProbe} runs generate, diff, explain (text and --json), validate and the
 * workbench's what-if views in a JVM started the way a user's shell would start it under Arabic (Syria), Persian,
 * Turkish, the C locale and no locale at all; every output must equal the default's byte for byte, and none may hold a
 * dotless ı, a replacement character or Arabic-Indic digits outside Arabic prose.
 */
class LocaleIndependenceTest {

    /** A locale as the JVM receives it: system properties (what -Duser.language does) and the environment. */
    record Setting(String name, List<String> properties, Map<String, String> env) {
    }

    static final Setting DEFAULT = new Setting("en_US", List.of("-Duser.language=en", "-Duser.country=US"),
            Map.of("LANG", "en_US.UTF-8"));
    static final List<Setting> OTHERS = List.of(
            new Setting("ar_SY", List.of("-Duser.language=ar", "-Duser.country=SY"), Map.of("LANG", "ar_SY.UTF-8")),
            new Setting("fa_IR", List.of("-Duser.language=fa", "-Duser.country=IR"), Map.of("LANG", "fa_IR.UTF-8")),
            new Setting("tr_TR", List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of("LANG", "tr_TR.UTF-8")),
            new Setting("C", List.of(), Map.of("LANG", "C", "LC_ALL", "C")),
            new Setting("none", List.of(), Map.of()));

    private static final Pattern ARABIC_INDIC_DIGIT = Pattern.compile("[\\u0660-\\u0669\\u06F0-\\u06F9]");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

    @TempDir
    static Path work;

    static Map<String, Map<String, byte[]>> results = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryLocale() throws Exception {
        List<Setting> all = new ArrayList<>(List.of(DEFAULT));
        all.addAll(OTHERS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<String, byte[]>>> runs = new ArrayList<>();
            for (Setting s : all) {
                runs.add(pool.submit(() -> probe(s)));
            }
            for (int i = 0; i < all.size(); i++) {
                results.put(all.get(i).name(), runs.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyLocaleGivesTheDefaultsBytes() {
        Map<String, byte[]> expected = results.get(DEFAULT.name());
        assertTrue(expected.keySet().containsAll(List.of("out/brief-en.pdf", "out/brief-ar.pdf", "out/brief-ar.docx",
                "out/findings.json", "out/manifest.json", "diff.out", "explain-json.out", "view-0.html")),
                expected.keySet().toString());
        for (Setting s : OTHERS) {
            Map<String, byte[]> actual = results.get(s.name());
            assertEquals(expected.keySet(), actual.keySet(), s.name());
            expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), s.name() + ": " + file));
        }
    }

    @Test
    void theCommandsSucceedAndTheViewsAnswer() {
        Map<String, byte[]> expected = results.get(DEFAULT.name());
        expected.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (file.endsWith(".out")) {
                assertTrue(text.startsWith("exit 0\n"), file + ": " + text);
            } else if (file.endsWith(".status")) {
                assertEquals("200\n", text, file);
            }
        });
        assertTrue(text(expected, "explain.out").contains("تمويل سنوي"), "the Arabic excerpt, not question marks");
    }

    @Test
    void noDotlessINoReplacementCharacterNoArabicIndicDigitsOutsideArabicProse() {
        for (Map.Entry<String, Map<String, byte[]>> locale : results.entrySet()) {
            for (String file : locale.getValue().keySet()) {
                if (file.endsWith(".pdf") || file.endsWith(".docx") || file.endsWith(".xlsx")) {
                    // Zip and PDF containers, not text: their bytes are compared whole by the test above.
                    continue;
                }
                String text = text(locale.getValue(), file);
                String where = locale.getKey() + ": " + file;
                assertFalse(text.contains("\u0131"), where + " has a dotless ı");
                assertFalse(text.contains("\uFFFD"), where + " has a replacement character");
                for (String line : text.split("\n")) {
                    if (ARABIC_INDIC_DIGIT.matcher(line).find()) {
                        assertTrue(ARABIC_LETTER.matcher(line).find(), where + ": Arabic-Indic digits in " + line);
                    }
                }
            }
        }
    }

    /** The reader of a PDF finds its objects through the cross-reference table; its offsets must be ASCII digits. */
    @Test
    void thePdfCrossReferenceTablesAreAsciiAndNeedNoRepair() throws IOException {
        Pattern xref = Pattern.compile("\nxref\n(.*?)trailer", Pattern.DOTALL);
        for (Map.Entry<String, Map<String, byte[]>> locale : results.entrySet()) {
            for (String pdf : List.of("out/brief-en.pdf", "out/brief-ar.pdf")) {
                byte[] bytes = locale.getValue().get(pdf);
                Matcher m = xref.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
                assertTrue(m.find(), pdf);
                for (String line : m.group(1).split("\n")) {
                    assertTrue(line.matches("\\d+ \\d+|\\d{10} \\d{5} [nf] ?"),
                            locale.getKey() + ": " + pdf + " xref line " + line);
                }
                PdfReader reader = new PdfReader(bytes);
                assertFalse(reader.isRebuilt(), locale.getKey() + ": " + pdf + " had to be reconstructed");
                reader.close();
            }
        }
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    /** Runs the probe in a copy of the project under {@code setting}; returns every file it left, by relative path. */
    private static Map<String, byte[]> probe(Setting setting) throws IOException, InterruptedException {
        Path copy = work.resolve(setting.name());
        CliRun.copyInputs(copy);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dmizan.rule.cache=" + work.resolve("rule-cache"),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(setting.properties());
        command.addAll(List.of(LocaleProbe.class.getName(), "results"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(copy.resolve("probe.log").toFile());
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        pb.environment().putAll(setting.env());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), setting.name() + ": the probe did not finish");
        assertEquals(0, p.exitValue(), setting.name() + ": " + Files.readString(copy.resolve("probe.log")));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String dir : List.of("results", "out")) {
            // out is a link to the newest complete set: walk the set it points to.
            Path root = copy.resolve(dir).toRealPath();
            try (Stream<Path> found = Files.walk(root)) {
                for (Path f : found.filter(Files::isRegularFile).sorted().toList()) {
                    String key = dir.equals("out") ? "out/" + root.relativize(f) : root.relativize(f).toString();
                    files.put(key, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
