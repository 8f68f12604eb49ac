package org.mizan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.DisplayPaths;

/**
 * README.md's "Brief a new story", done as written: its commands run in order on an empty folder, its JSON example is
 * written where its first line says, and the last command leaves all four briefs and findings.json. If the README
 * changes, this test follows it; if the commands change, the README must.
 */
class NewStoryWalkthroughTest {

    private static final String SECTION = "## Brief a new story";

    @TempDir
    Path work;

    @Test
    void theReadmesNewStoryStepsWorkInOrderOnAnEmptyFolder() throws IOException {
        // The text the analyst brings: paragraph 1 holds the excerpt the README's example cites.
        Files.writeString(work.resolve("port-deal.txt"), "The harbour state signed a port deal on 5 January.\n\n"
                + "Talks had lasted a year.\n");
        List<Block> blocks = blocks(section());
        assertTrue(blocks.stream().anyMatch(b -> b.language().equals("json")), "the README shows a fact file");
        List<String> commands = new ArrayList<>();
        for (Block block : blocks) {
            if (block.language().equals("json")) {
                String target = block.lines().get(0).replaceFirst("^//\\s*", "").strip();
                Path file = local(target);
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.join("\n", block.lines()) + "\n");
                continue;
            }
            for (String line : block.lines()) {
                if (line.startsWith("./mizan ")) {
                    commands.add(line);
                    CliRun run = CliRun.of(args(line));
                    assertEquals(ExitCode.OK, run.exitCode(), line + "\n" + run.out() + run.err());
                    if (line.startsWith("./mizan new ")) {
                        assertTrue(run.out().contains("next: ./mizan source add TEXT --facts "
                                + DisplayPaths.of(local("stories/port-deal"))), run.out());
                    }
                }
            }
        }
        assertTrue(commands.get(0).startsWith("./mizan new "), "the walk-through starts the dossier: " + commands);
        assertTrue(commands.get(commands.size() - 1).startsWith("./mizan generate "), commands.toString());
        for (String file : List.of("brief-en.pdf", "brief-en.docx", "brief-ar.pdf", "brief-ar.docx", "findings.json")) {
            assertTrue(Files.size(local("briefs/port-deal").resolve(file)) > 0, file);
        }
    }

    record Block(String language, List<String> lines) {
    }

    private static String section() throws IOException {
        String readme = Files.readString(CliRun.projectDir().resolve("README.md"));
        int start = readme.indexOf("\n" + SECTION + "\n");
        assertTrue(start >= 0, "README.md has a section \"" + SECTION + "\"");
        int end = readme.indexOf("\n## ", start + SECTION.length() + 2);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The fenced code blocks, in order (indented under a list item or not). */
    private static List<Block> blocks(String section) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = null;
        String language = null;
        int indent = 0;
        for (String line : section.lines().toList()) {
            String stripped = line.strip();
            if (current == null && stripped.startsWith("```") && stripped.length() > 3) {
                language = stripped.substring(3);
                indent = line.indexOf('`');
                current = new ArrayList<>();
            } else if (current != null && stripped.equals("```")) {
                blocks.add(new Block(language, current));
                current = null;
            } else if (current != null) {
                current.add(line.length() >= indent ? line.substring(indent) : line.strip());
            }
        }
        return blocks;
    }

    /** The command's arguments as a shell would split them, its relative paths taken in the temporary folder. */
    private String[] args(String line) {
        List<String> args = new ArrayList<>();
        for (String arg : split(line.substring("./mizan ".length()))) {
            boolean path = arg.startsWith("stories/") || arg.startsWith("briefs/") || arg.endsWith(".txt");
            args.add(path ? local(arg).toString() : arg);
        }
        if (List.of("validate", "generate", "ids").contains(args.get(0))) {
            // The shipped layers of this project, wherever the test runs from.
            args.addAll(List.of("--shipped-rules", CliRun.projectDir().resolve("rules").toString(),
                    "--shipped-templates", CliRun.projectDir().resolve("templates").toString()));
        }
        return args.toArray(String[]::new);
    }

    private Path local(String relative) {
        return work.resolve(relative);
    }

    private static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
