package org.mizan.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.mizan.layer.Layers;

/**
 * SHA-256 over every regular file below a folder (relative path and the SHA-256 of its bytes, in path order), so the
 * warm path can tell "did the rules change?" before paying for a rebuild.
 *
 * <p>{@code serve} asks every second. A file is hashed again only when its size, modification time or identity (a
 * file saved by rename is a new file) changed since it was last hashed: a 300 MB file dropped into facts/sources/
 * once kept the idle server hashing at 3.2 CPU-s per 10 s. Hashing streams, so a large file is not held in memory.
 * As in git's index, a stamp is trusted only once the file is older than the clock's granularity could hide: a file
 * modified within {@link #SETTLED} of being hashed is hashed again, since two saves of the same size inside one tick
 * of the file system's clock carry the same time.
 */
public final class TreeDigest {

    /** What a file looked like when it was last hashed, and its hash then. */
    private record Stamped(long size, FileTime modified, Object identity, long hashedAtMillis, byte[] hash) {

        boolean stillDescribes(BasicFileAttributes now) {
            return hashedAtMillis - modified.toMillis() > SETTLED.toMillis() && size == now.size()
                    && modified.equals(now.lastModifiedTime()) && Objects.equals(identity, now.fileKey());
        }
    }

    private static final Duration SETTLED = Duration.ofSeconds(2);

    private static final Map<Path, Stamped> HASHED = new ConcurrentHashMap<>();

    private TreeDigest() {
    }

    /** Over every layer's folder in order: a file added, changed or removed in any of them changes it. */
    public static String of(Layers layers) {
        StringBuilder key = new StringBuilder();
        layers.list().forEach(l -> key.append(of(l.dir())));
        return key.toString();
    }

    public static String of(Path dir) {
        MessageDigest sha = sha256();
        if (!Files.isDirectory(dir)) {
            return HexFormat.of().formatHex(sha.digest());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(hashOf(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] hashOf(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes before = Files.readAttributes(key, BasicFileAttributes.class);
        Stamped known = HASHED.get(key);
        if (known != null && known.stillDescribes(before)) {
            return known.hash();
        }
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(key)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        byte[] hash = sha.digest();
        // Written to while read: remembered under the older stamp, so the next call hashes it again.
        HASHED.put(key, new Stamped(before.size(), before.lastModifiedTime(), before.fileKey(),
                System.currentTimeMillis(), hash));
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
