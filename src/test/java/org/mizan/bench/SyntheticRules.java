package org.mizan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule set {@code 1 + variants} times the size of rules/: the real rules, decision table and risk catalogue,
 * plus for each real DRL rule {@code variants} renamed copies with the same conditions and an empty consequence.
 * The copies cost what a larger rule base costs (parsing, compiling, network nodes, matching, firing) while the
 * findings, and so the brief, stay those of the real rules: a fair "300 rules" without inventing 270 judgments.
 */
public final class SyntheticRules {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^then\\b.*?^end\\b");
    private static final Pattern HEADER = Pattern.compile("(?ms)\\A(.*?)(?=^(//.*\\n)*rule \")");

    private SyntheticRules() {
    }

    /** Copies {@code realRules} into {@code outDir} and adds the variants; returns the number of rules written. */
    public static int write(Path realRules, int variants, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        int rules = 0;
        for (Path file : files(realRules)) {
            String text = Files.readString(file);
            Files.writeString(outDir.resolve(file.getFileName()), text);
            if (file.getFileName().toString().endsWith(".drl") && variants > 0) {
                String name = file.getFileName().toString().replace(".drl", "-variants.drl");
                rules += writeVariants(text, variants, outDir.resolve(name));
            }
        }
        return rules;
    }

    private static int writeVariants(String drl, int variants, Path out) throws IOException {
        Matcher header = HEADER.matcher(drl);
        StringBuilder sb = new StringBuilder(header.find() ? header.group(1) : "");
        int n = 0;
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            for (int v = 1; v <= variants; v++) {
                sb.append("// Benchmark variant: the conditions of \"").append(rule.group(1))
                        .append("\", deriving nothing.\n")
                        .append("rule \"").append(rule.group(1)).append(" (variant ").append(v).append(")\"")
                        .append(rule.group(2)).append("then\nend\n\n");
                n++;
            }
        }
        Files.writeString(out, sb.toString());
        return n;
    }

    /** The number of rules in a rules directory: DRL rules plus the decision table's rows. */
    public static int count(Path rulesDir) throws IOException {
        int n = 0;
        for (Path file : files(rulesDir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".drl")) {
                n += (int) RULE.matcher(Files.readString(file)).results().count();
            } else if (name.endsWith(".drl.csv")) {
                n += tableRows(Files.readAllLines(file));
            }
        }
        return n;
    }

    /** Rows below the decision table's header lines (RuleTable, CONDITION/ACTION, names, titles). */
    private static int tableRows(List<String> lines) {
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("RuleTable")) {
                start = i + 5;
            }
        }
        return (int) lines.subList(Math.min(start, lines.size()), lines.size()).stream()
                .filter(l -> !l.isBlank() && !l.replace(",", "").isBlank()).count();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
