package org.mizan.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept on disk between runs, so that a command whose rules did not change skips the DRL
 * compilation (most of a cold run's time). Drools packages are serializable with their generated classes; the
 * key is the rules' digest and the application build (the jar's size and time), because the generated classes
 * refer to Mizan's fact classes and must not outlive the build that made them, and whether the rules passed the
 * trust check (a checked run that finds its rules here skips the check: the same files passed it in this build).
 * The cache is only an optimisation: anything unreadable counts as a miss and is compiled again.
 */
final class RuleCache {

    /** Where the launcher keeps the cache; unset (tests, an IDE), nothing is cached. */
    static final String DIR_PROPERTY = "mizan.rule.cache";

    /** Rule sets kept: enough for an analyst switching between a few versions, bounded while editing for hours. */
    static final int KEPT = 8;

    /**
     * The packages last read, with the file's identity when read: a file is written once under its name (moved into
     * place whole), so while its size and time are the same, so are its packages, and a process that runs command
     * after command (the launcher's background process) reads and deserializes them once.
     */
    private static final AtomicReference<Read> LAST_READ = new AtomicReference<>();

    private record Read(Path file, long size, FileTime modified, List<KiePackage> packages) {
    }

    private final Path dir;
    private final String build;

    RuleCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** The cache the launcher asked for, when running from a jar; otherwise none. */
    static Optional<RuleCache> configured() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        return applicationJar().map(jar -> new RuleCache(Path.of(dir), jar));
    }

    /** The packages of rules whose trust check passed ({@link RuleTrust#CHECKED}), if this build compiled them. */
    Optional<List<KiePackage>> read(String rulesDigest) {
        return read(rulesDigest, RuleTrust.CHECKED);
    }

    /**
     * The packages compiled before from rules of this digest, for a run of this trust. A checked run takes only
     * what a checked run compiled: those files passed the trust check, so the check can be skipped, while rules
     * compiled under --trust-rules were never checked. A trusted run takes either.
     */
    Optional<List<KiePackage>> read(String rulesDigest, RuleTrust trust) {
        Optional<List<KiePackage>> checked = readFile(file(rulesDigest, RuleTrust.CHECKED));
        return checked.isPresent() || trust == RuleTrust.CHECKED ? checked
                : readFile(file(rulesDigest, RuleTrust.TRUSTED));
    }

    private Optional<List<KiePackage>> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        Read last = LAST_READ.get();
        if (last != null && last.file().equals(file) && last.size() == attributes.size()
                && last.modified().equals(attributes.lastModifiedTime())) {
            return Optional.of(last.packages());
        }
        try (InputStream in = Files.newInputStream(file);
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, RuleCache.class.getClassLoader())) {
            List<KiePackage> packages = new ArrayList<>();
            for (Object o : (Collection<?>) objects.readObject()) {
                packages.add((KiePackage) o);
            }
            List<KiePackage> read = Collections.unmodifiableList(packages);
            LAST_READ.set(new Read(file, attributes.size(), attributes.lastModifiedTime(), read));
            return Optional.of(read);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Drops the packages last read if they are these, so that the next read deserializes the file again. */
    static void forget(List<KiePackage> packages) {
        LAST_READ.updateAndGet(last -> last != null && last.packages() == packages ? null : last);
    }

    /** Keeps the packages of checked rules for the next run. */
    void write(String rulesDigest, Collection<KiePackage> packages) {
        write(rulesDigest, RuleTrust.CHECKED, packages);
    }

    /** Keeps the packages for the next run; written to a temporary file and moved, so a reader never sees half. */
    void write(String rulesDigest, RuleTrust trust, Collection<KiePackage> packages) {
        Path file = file(rulesDigest, trust);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "rules-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            move(tmp, file);
            prune();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the next run its compile.
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Deletes all but the {@link #KEPT} most recently written rule sets. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]{64}\\.bin"))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed()).toList();
        }
        files.stream().skip(KEPT).forEach(RuleCache::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path file(String rulesDigest, RuleTrust trust) {
        return dir.resolve("rules-" + sha256(rulesDigest + "|" + build + "|" + trust) + ".bin");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "size:mtime" of the jar this class was loaded from, or empty when it was not loaded from a jar file. */
    private static Optional<String> applicationJar() {
        try {
            Path source = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(source)) {
                return Optional.empty();
            }
            return Optional.of(Files.size(source) + ":" + Files.getLastModifiedTime(source).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next write to replace.
        }
    }
}
