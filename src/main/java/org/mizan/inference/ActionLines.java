package org.mizan.inference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.compiler.RuleBuildError;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * Maps the compiler's line inside a rule's action back to the rule file. Drools compiles each action inside a
 * generated Java class whose header (package, imports, globals, helper methods) the analyst never sees, and
 * reports the generated line. The header's length is measured rather than assumed: the same file is built once
 * more with each failing action replaced by a call to an unknown marker method on the {@code then} line, and the
 * line the compiler reports for the marker is the generated line of {@code then}.
 */
final class ActionLines {

    private static final String MARKER = "mizanActionStartMarker";
    private static final Pattern MARKED = Pattern.compile(MARKER + "(\\d+)\\(");

    private ActionLines() {
    }

    /** Per rule with a failing action: the generated line that stands for its {@code then} line. */
    static Map<String, Integer> calibrate(String text, RuleSpans spans, Map<String, KnowledgeBuilderError> errors) {
        String[] lines = text.split("\\R", -1);
        Map<Integer, String> markers = new HashMap<>();
        errors.forEach((rule, e) -> {
            if (!(e instanceof RuleBuildError)) {
                return;
            }
            spans.of(rule).filter(s -> s.thenLine() > 0 && s.endLine() > s.thenLine()).ifPresent(s -> {
                int id = markers.size();
                markers.put(id, rule);
                String then = lines[s.thenLine() - 1];
                int at = then.indexOf("then") + "then".length();
                lines[s.thenLine() - 1] = then.substring(0, at) + " " + MARKER + id + "();";
                for (int n = s.thenLine(); n < s.endLine() - 1; n++) {
                    lines[n] = "";
                }
            });
        });
        Map<String, Integer> starts = new HashMap<>();
        if (markers.isEmpty()) {
            return starts;
        }
        for (KnowledgeBuilderError e : DrlDiagnosis.errorsOf(String.join("\n", Arrays.asList(lines)))) {
            if (e instanceof RuleBuildError build && build.getObject() instanceof CompilationProblem[] problems) {
                for (CompilationProblem p : List.of(problems)) {
                    Matcher m = MARKED.matcher(p.getMessage());
                    if (m.find() && markers.containsKey(Integer.parseInt(m.group(1)))) {
                        starts.put(markers.get(Integer.parseInt(m.group(1))), p.getStartLine());
                    }
                }
            }
        }
        return starts;
    }
}
