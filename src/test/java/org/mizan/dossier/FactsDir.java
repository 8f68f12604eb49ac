package org.mizan.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/** A small facts directory written by a test: a valid header and actors file, plus whatever the test adds. */
final class FactsDir {

    static final String HEADER = """
            {
              "dossier": { "id": "test-dossier", "title": { "en": "Test", "ar": "اختبار" } },
              "sources": [
                { "id": "src", "publisher": { "en": "P", "ar": "ن" }, "title": { "en": "T", "ar": "ع" },
                  "date": "2025-11-10", "language": "ar", "reliability": "C", "paragraphs": 46 }
              ]
            }
            """;

    static final String ACTORS = """
            {
              "actors": [
                { "id": "us", "name": { "en": "United States", "ar": "الولايات المتحدة" }, "kind": "state",
                  "evidence": { "source": "src", "paragraph": 7, "excerpt": "x", "credibility": 2, "attribution": "officially_announced" } },
                { "id": "coalition", "name": { "en": "Coalition", "ar": "التحالف" }, "kind": "military_coalition",
                  "evidence": { "source": "src", "paragraph": 7, "excerpt": "x", "credibility": 2, "attribution": "officially_announced" } }
              ]
            }
            """;

    /** A valid evidence block, for facts written inline in tests. */
    static final String EVIDENCE = "\"evidence\": { \"source\": \"src\", \"paragraph\": 20, \"excerpt\": \"x\", "
            + "\"credibility\": 2, \"attribution\": \"press_report\" }";

    private final Path dir;

    private FactsDir(Path dir) {
        this.dir = dir;
    }

    /** The header and actors files, valid. */
    static FactsDir valid(Path dir) {
        return new FactsDir(dir).with("dossier.json", HEADER).with("actors.json", ACTORS);
    }

    FactsDir with(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return dir;
    }

    /** The file as messages name it. */
    String display(String name) {
        return DisplayPaths.of(dir.resolve(name));
    }

    SourceLocation at(String name, int line, int column) {
        return new SourceLocation(display(name), line, column);
    }

    Dossier load() {
        return DossierLoader.load(dir);
    }

    List<Problem> problems() {
        return Assertions.assertThrows(InputException.class, this::load).problems();
    }

    /** A copy of the project's facts directory (fact files and source texts; not the scenarios) under {@code tmp}. */
    static Path copyOfProject(Path tmp) throws IOException {
        Path copy = tmp.resolve("facts");
        Path from = ProjectFiles.factsDir();
        try (var files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(from.resolve("scenarios")))
                    .toList()) {
                Path to = copy.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return copy;
    }

    /** The problems of loading {@code facts}, formatted as the command line prints them. */
    static List<String> problemsOf(Path facts) {
        return Assertions.assertThrows(InputException.class, () -> DossierLoader.load(facts)).problems().stream()
                .map(Problem::format).toList();
    }

    /** A file as messages name it. */
    static String shown(Path file) {
        return DisplayPaths.of(file);
    }
}
