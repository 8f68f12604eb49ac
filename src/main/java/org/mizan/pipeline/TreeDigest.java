package org.mizan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.mizan.layer.Layers;

/**
 * SHA-256 over every regular file below a folder (relative path and bytes, in path order). Cheap for the few
 * small files analysts edit, so the warm path can tell "did the rules change?" before paying for a rebuild.
 */
public final class TreeDigest {

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
                sha.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
