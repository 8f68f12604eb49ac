package org.mizan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reading back what out/ holds, for the tests of {@link AtomicOutput}. */
final class AtomicOutputTestFiles {

    private AtomicOutputTestFiles() {
    }

    /** Whether out/ holds exactly these artifacts' bytes. */
    static boolean isSet(Path out, List<Artifact> artifacts) {
        try {
            for (Artifact a : artifacts) {
                Path f = out.resolve(a.fileName());
                if (!Files.isRegularFile(f) || !Arrays.equals(Files.readAllBytes(f), a.bytes())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
