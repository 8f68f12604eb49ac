package org.mizan.pipeline;

import java.nio.file.Path;

/** Where the user's editable inputs live; by default facts/, rules/ and templates/ in the working directory. */
public record InputDirs(Path facts, Path rules, Path templates) {

    public static InputDirs defaults() {
        return new InputDirs(Path.of("facts"), Path.of("rules"), Path.of("templates"));
    }
}
