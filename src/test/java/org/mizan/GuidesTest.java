package org.mizan;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The guides are read from a clone of this repository alone: they state the method in their own words and cite no
 * file the repository does not have (they once cited an "ANALYSIS.md" kept elsewhere).
 */
class GuidesTest {

    private static final List<String> GUIDES = List.of("README.md", "facts/README.md", "facts/scenarios/README.md",
            "rules/README.md", "rules/REFERENCE.md", "templates/README.md");

    @Test
    void noShippedGuideNamesAFileOutsideTheRepository() throws IOException {
        Path project = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath().normalize();
        for (String guide : GUIDES) {
            String text = Files.readString(project.resolve(guide));
            assertFalse(text.contains("ANALYSIS.md"), guide + " names ANALYSIS.md, which the project does not have");
            assertFalse(text.contains("../shared") || text.contains("LIBRARIES.md") || text.contains("STYLE.md"),
                    guide + " names a file outside the repository");
        }
    }
}
