package org.mizan.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link KillDuringReplaceTest} kills: a process that replaces out/ with one complete set of outputs after the
 * other, alternating between two sets that differ in every file, the way `generate` ends. Arguments: the out folder,
 * the two sets' folders, and {@code once} to replace it only once (the "next run" after a kill).
 */
public final class OutputChurn {

    private OutputChurn() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        List<List<Artifact>> sets = List.of(read(Path.of(args[1])), read(Path.of(args[2])));
        boolean once = args.length > 3 && args[3].equals("once");
        int i = AtomicOutputTestFiles.isSet(out, sets.get(0)) ? 1 : 0;
        System.out.println("ready");
        System.out.flush();
        do {
            AtomicOutput.write(out, sets.get(i % 2));
            i++;
        } while (!once);
    }

    /** A set's files, manifest.json last as generate lists it. */
    static List<Artifact> read(Path dir) throws IOException {
        List<Artifact> artifacts = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (!f.getFileName().toString().equals("manifest.json")) {
                    artifacts.add(new Artifact(f.getFileName().toString(), Files.readAllBytes(f)));
                }
            }
        }
        artifacts.add(new Artifact("manifest.json", Files.readAllBytes(dir.resolve("manifest.json"))));
        return artifacts;
    }
}
