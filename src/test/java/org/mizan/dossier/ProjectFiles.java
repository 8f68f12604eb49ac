package org.mizan.dossier;

import java.nio.file.Path;

/** Where the project's own files are when tests run (surefire sets {@code mizan.project.dir}). */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
    }

    static Path factsDir() {
        return projectDir().resolve("facts");
    }

    /** The article the dossier is built from; CI and the work machines have it next to the project. */
    static Path article() {
        return projectDir().resolve("../shared/source/northpress-2025-11-10.ar.txt").normalize();
    }
}
