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

    /** The texts the dossier cites, kept in the project (facts/sources/). */
    static Path sourceText(String fileName) {
        return factsDir().resolve(SourceTexts.FOLDER).resolve(fileName);
    }
}
