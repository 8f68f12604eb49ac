package org.mizan.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Mizan version, from a resource Maven fills in at build time, for the method note and manifests. */
public final class MizanVersion {

    private MizanVersion() {
    }

    public static String get() {
        try (InputStream in = MizanVersion.class.getResourceAsStream("/org/mizan/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
