package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.layer.Layers;
import org.mizan.problem.InputException;

/** Compiled rules kept between runs: the same findings as a fresh compile, and never trusted blindly. */
class RuleCacheTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));
    private static final Path RULES = PROJECT.resolve("rules");

    @TempDir
    Path cacheDir;

    @Test
    void rules_read_back_from_the_cache_infer_exactly_what_freshly_compiled_rules_infer() {
        Dossier dossier = DossierLoader.load(PROJECT.resolve("facts"));
        RuleCache cache = new RuleCache(cacheDir, "build-1");
        try (RuleBase compiled = RuleBase.compile(RULES, Optional.of(cache))) {
            assertTrue(cache.read(compiled.digest()).isPresent(), "the compile filled the cache");
            try (RuleBase cached = RuleBase.compile(RULES, Optional.of(cache))) {
                assertEquals(compiled.ruleNames(), cached.ruleNames());
                assertEquals(Inference.run(compiled, dossier, Set.of()), Inference.run(cached, dossier, Set.of()));
                Set<String> off = Set.of("Planned drawdown leaves a partner force unpaid");
                assertTrue(compiled.ruleNames().containsAll(off));
                assertEquals(Inference.run(compiled, dossier, off), Inference.run(cached, dossier, off));
            }
        }
    }

    /** What the launcher's background process relies on: command after command, the rules are read once. */
    @Test
    void an_unchanged_cache_file_is_read_once_per_process_and_a_rewritten_one_again() throws IOException {
        RuleCache cache = new RuleCache(cacheDir, "build-1");
        String digest;
        try (RuleBase compiled = RuleBase.compile(RULES, Optional.of(cache))) {
            digest = compiled.digest();
        }
        List<?> first = cache.read(digest).orElseThrow();
        assertSame(first, cache.read(digest).orElseThrow(), "the same file, unchanged: the packages read before");
        try (RuleBase a = RuleBase.compile(RULES, Optional.of(cache));
             RuleBase b = RuleBase.compile(RULES, Optional.of(cache))) {
            assertSame(a.kieBase(), b.kieBase(), "one knowledge base wired from them");
        }
        Path file = single(cacheDir);
        Files.write(file, Files.readAllBytes(file));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 2000));
        assertNotSame(first, cache.read(digest).orElseThrow(), "a file written again is read again");
    }

    @Test
    void another_build_of_the_application_does_not_see_the_cached_rules() {
        try (RuleBase compiled = RuleBase.compile(RULES, Optional.of(new RuleCache(cacheDir, "build-1")))) {
            assertTrue(new RuleCache(cacheDir, "build-2").read(compiled.digest()).isEmpty());
        }
    }

    @Test
    void a_damaged_cache_file_is_ignored_and_replaced_by_a_fresh_compile() throws IOException {
        RuleCache cache = new RuleCache(cacheDir, "build-1");
        String digest;
        try (RuleBase compiled = RuleBase.compile(RULES, Optional.of(cache))) {
            digest = compiled.digest();
        }
        Path file = single(cacheDir);
        Files.write(file, new byte[] {1, 2, 3});
        assertTrue(cache.read(digest).isEmpty());
        try (RuleBase again = RuleBase.compile(RULES, Optional.of(cache))) {
            assertTrue(again.ruleNames().size() > 20);
        }
        assertTrue(cache.read(digest).isPresent(), "rewritten after the compile");
    }

    @Test
    void rule_files_with_errors_are_reported_whatever_the_cache_holds() throws IOException {
        Path broken = cacheDir.resolve("rules");
        Files.createDirectories(broken);
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        Path drl = broken.resolve("risks-credibility.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\nthen\n", "\nthen then\n"));
        RuleCache cache = new RuleCache(cacheDir.resolve("cache"), "build-1");
        InputException e = assertThrows(InputException.class, () -> RuleBase.compile(broken, Optional.of(cache)));
        assertTrue(e.problems().get(0).where().file().endsWith("risks-credibility.drl"), e.getMessage());
        assertFalse(Files.exists(cacheDir.resolve("cache")), "nothing cached from a failed compile");
    }

    @Test
    void rules_compiled_under_trust_rules_are_still_checked_by_a_run_that_does_not_trust_them() throws IOException {
        Path rules = copyOfTheShippedRules();
        Files.writeString(rules.resolve("reads-env.drl"), "package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\n"
                + "rule \"Reads the environment\"\nwhen\n    Actor()\nthen\n    System.getenv(\"HOME\");\nend\n");
        RuleCache cache = new RuleCache(cacheDir.resolve("cache"), "build-1");
        try (RuleBase trusted = RuleBase.compile(Layers.of(rules), Optional.of(cache), RuleTrust.TRUSTED)) {
            assertTrue(cache.read(trusted.digest(), RuleTrust.TRUSTED).isPresent(), "the trusted compile is cached");
            assertTrue(cache.read(trusted.digest(), RuleTrust.CHECKED).isEmpty(), "but not as checked rules");
        }
        InputException e = assertThrows(InputException.class,
                () -> RuleBase.compile(Layers.of(rules), Optional.of(cache), RuleTrust.CHECKED));
        assertTrue(e.problems().get(0).message().startsWith("System.getenv is not allowed"), e.getMessage());
    }

    @Test
    void a_checked_compile_serves_a_trusted_run_too() {
        RuleCache cache = new RuleCache(cacheDir, "build-1");
        try (RuleBase checked = RuleBase.compile(Layers.of(RULES), Optional.of(cache), RuleTrust.CHECKED)) {
            assertTrue(cache.read(checked.digest(), RuleTrust.TRUSTED).isPresent());
        }
    }

    private Path copyOfTheShippedRules() throws IOException {
        Path copy = cacheDir.resolve("rules");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static Path single(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
