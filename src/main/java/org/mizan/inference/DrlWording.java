package org.mizan.inference;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.internal.jci.CompilationProblem;
import org.mizan.problem.NearNames;
import org.mizan.problem.Problem;

/**
 * Says in an analyst's words what a Drools or Java compiler message means, at the line and column of its cause
 * in the rule file, with "did you mean" from the fact model when a name is misspelt.
 */
final class DrlWording {

    static final String SEE_REFERENCE = " (see rules/REFERENCE.md or ./mizan reference)";

    private static final Pattern POSITION = Pattern.compile("(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+)\\s*");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern EXPRESSION = Pattern.compile(
            "Unable to Analyse Expression (.+?):\\s*\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)\\]",
            Pattern.DOTALL);
    /** {@code status == BaseStatus.ACTIVE}: a kind is a Term, matched with isA, not with ==. */
    private static final Pattern KIND_COMPARED = Pattern.compile(
            "Unable to Analyse Expression .*?\\b(\\w+)\\s*(==|!=)\\s*(\\w+)\\.(\\w+).*?Found class org\\.mizan\\.dossier\\.Term",
            Pattern.DOTALL);
    private static final Pattern NOT_VARIABLE = Pattern.compile("^([\\w$]+) cannot be resolved to a variable");
    private static final Pattern NOT_FIELD = Pattern.compile("^([\\w$]+) cannot be resolved or is not a field");
    private static final Pattern NOT_TYPE = Pattern.compile("^([\\w$]+) cannot be resolved(?: to a type)?$");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("^The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "^The method (\\w+)\\(([^)]*)\\) in the type (\\w+) is not applicable for the arguments \\(([^)]*)\\)");
    private static final Pattern INSERT = Pattern.compile("^Syntax error, insert \"([^\"]+)\" to complete");
    private static final Pattern MISMATCH = Pattern.compile("^Type mismatch: cannot convert from ([\\w.<>\\[\\]]+) to ([\\w.<>\\[\\]]+)");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]+)\"");
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");

    private final String file;
    private final RuleSpans spans;
    private final DrlTypes types;

    DrlWording(String file, RuleSpans spans, DrlTypes types) {
        this.file = file;
        this.spans = spans;
        this.types = types;
    }

    Problem syntax(String message, int line, int column) {
        String text = POSITION.matcher(message).replaceFirst("").strip();
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.find()) {
            String name = duplicate.group(1).strip();
            int first = spans.of(name).map(RuleSpans.Span::ruleLine).orElse(0);
            return Problem.at(file, line, spans.firstColumn(line), "a second rule is named \"" + name + "\" (the first is"
                    + " at line " + first + "); every rule needs its own name");
        }
        Matcher named = IN_RULE.matcher(text);
        Optional<RuleSpans.Span> span = named.find() ? spans.of(named.group(1)) : spans.around(line);
        String rule = span.map(s -> " in rule \"" + s.rule() + "\"").orElse("");
        Optional<Problem> unclosed = span.flatMap(this::unclosedRule);
        if (unclosed.isPresent()) {
            return unclosed.get();
        }
        Matcher m = MISMATCHED.matcher(text);
        String token = m.find() ? m.group(1) : text.contains("<eof>") || text.contains("<EOF>") ? "<EOF>" : "?";
        boolean atEnd = token.isEmpty() || token.equals("<EOF>");
        // A quote left open pairs with the next one further down, so the parser stumbles later: report the quote.
        Optional<Integer> quote = spans.unclosedQuote(span.map(RuleSpans.Span::ruleLine).orElse(1))
                .filter(n -> atEnd || n <= line);
        if (quote.isPresent()) {
            return Problem.at(file, quote.get(), spans.firstColumn(quote.get()),
                    "a text in quotes is not closed on this line" + rule + ": add the closing \"");
        }
        if (atEnd) {
            return Problem.at(file, spans.lineCount(), 1, "the file ends inside a rule" + rule
                    + ": close the bracket left open above");
        }
        String what = switch (token) {
            case "=" -> "\"=\" is not a comparison" + rule + ": write \"==\"";
            case "then" -> "unexpected \"then\"" + rule + ": a condition above is not closed (count its brackets)";
            case "end" -> "unexpected \"end\"" + rule + ": the rule lacks \"then\", or a bracket above is not closed";
            case "?" -> oneLine(text) + rule;
            default -> "unexpected \"" + token + "\"" + rule + ": check the spelling and brackets just before it";
        };
        return Problem.at(file, Math.max(line, 1), column + 1, what);
    }

    /** A rule without "then" or without "end" before the next rule: the parser only notices further down. */
    private Optional<Problem> unclosedRule(RuleSpans.Span span) {
        if (span.thenLine() == 0) {
            return Optional.of(Problem.at(file, span.ruleLine(), spans.firstColumn(span.ruleLine()), "rule \""
                    + span.rule() + "\" has no \"then\": write \"then\" between its conditions and its action"));
        }
        if (span.endLine() == 0) {
            int next = spans.around(spans.lineCount()).filter(s -> s.ruleLine() > span.ruleLine())
                    .map(s -> nextRuleAfter(span)).orElse(spans.lineCount());
            return Optional.of(Problem.at(file, span.ruleLine(), spans.firstColumn(span.ruleLine()), "rule \""
                    + span.rule() + "\" has no \"end\": close it with \"end\" before line " + next));
        }
        return Optional.empty();
    }

    private int nextRuleAfter(RuleSpans.Span span) {
        return spans.find(Pattern.compile("^\\s*(rule)\\b"), span.ruleLine() + 1, spans.lineCount(), 1)
                .map(at -> at[0]).orElse(spans.lineCount());
    }

    Problem other(String message, int line) {
        return Problem.at(file, Math.max(line, 1), spans.firstColumn(Math.max(line, 1)), oneLine(message));
    }

    /** An error in a rule's conditions ({@code when}). */
    Problem condition(String rule, String message, int line) {
        RuleSpans.Span span = spans.of(rule).orElse(new RuleSpans.Span(rule, Math.max(line, 1), 0, spans.lineCount()));
        int last = span.thenLine() > 0 ? span.thenLine() : span.endLine() > 0 ? span.endLine() : spans.lineCount();
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            String name = type.group(1);
            int[] at = find("\\b(" + Pattern.quote(name) + ")\\s*\\(", span.ruleLine(), last).orElse(lineStart(line));
            Optional<String> home = DrlTypes.mizanPackageOf(name);
            if (home.isPresent()) {
                return Problem.at(file, at[0], at[1], "fact type \"" + name + "\" is not imported in this file: add"
                        + " \"import " + home.get() + ".*;\" at its top");
            }
            return Problem.at(file, at[0], at[1], "unknown fact type \"" + name + "\" in rule \"" + rule + "\""
                    + NearNames.hint(name, types.factTypeNames()) + SEE_REFERENCE);
        }
        Matcher compared = KIND_COMPARED.matcher(message);
        if (compared.find()) {
            String field = compared.group(1);
            String kind = compared.group(3) + "." + compared.group(4);
            int[] at = find("\\b(" + Pattern.quote(field) + ")\\s*" + Pattern.quote(compared.group(2)), span.ruleLine(), last)
                    .orElse(lineStart(line > 0 ? line : span.ruleLine()));
            String not = compared.group(2).equals("!=") ? "!" : "";
            return Problem.at(file, at[0], at[1], "\"" + field + "\" is a kind in rule \"" + rule + "\": match it with "
                    + not + field + ".isA(" + kind + "), which also matches the kinds beneath it (a dossier's own"
                    + " narrower kinds among them), not with " + compared.group(2));
        }
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            return unresolved(rule, expression.group(1).strip(), expression.group(2), expression.group(3), span, last);
        }
        int l = line > 0 ? line : span.ruleLine();
        return Problem.at(file, l, spans.firstColumn(l), "in the conditions of rule \"" + rule + "\": "
                + oneLine(message.replaceAll("(?s)\\[Near.*", "")));
    }

    /** {@code kind == GoalKind.X} where X, a field or a variable cannot be found on {@code owner}. */
    private Problem unresolved(String rule, String expression, String owner, String name, RuleSpans.Span span, int last) {
        int[] at = find("(" + Pattern.quote(expression) + ")", span.ruleLine(), last)
                .map(e -> columnOfName(e, expression, name)).orElse(lineStart(span.ruleLine()));
        Optional<Class<?>> type = DrlTypes.load(owner);
        String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
        if (name.startsWith("$")) {
            return Problem.at(file, at[0], at[1], "\"" + name + "\" is not bound in rule \"" + rule + "\": bind it in an"
                    + " earlier condition (" + name + " : field)" + NearNames.hint(name, bindings(span)));
        }
        if (type.isPresent() && type.get().isEnum()) {
            List<String> values = DrlTypes.valuesOf(type.get());
            return Problem.at(file, at[0], at[1], "unknown " + simpleOwner + " value \"" + name + "\""
                    + NearNames.hint(name, values) + " (" + simpleOwner + " is one of " + String.join(", ", values) + ")");
        }
        if (Character.isUpperCase(name.charAt(0)) && expression.contains(name + ".")) {
            return Problem.at(file, at[0], at[1], "unknown type \"" + name + "\" in rule \"" + rule + "\""
                    + NearNames.hint(name, types.enumNames()) + SEE_REFERENCE);
        }
        List<String> fields = type.map(DrlTypes::fieldsOf).orElse(List.of());
        String hint = NearNames.hint(name, fields);
        String quote = hint.isEmpty() && !expression.startsWith(name)
                ? "; to compare with a text, put it in quotes: \"" + name + "\"" : hint;
        return Problem.at(file, at[0], at[1], simpleOwner + " has no field \"" + name + "\"" + quote + " (its fields: "
                + String.join(", ", fields) + ")");
    }

    /** An error the Java compiler found in a rule's action ({@code then}). */
    Problem action(String rule, CompilationProblem problem, Integer generatedThenLine) {
        RuleSpans.Span span = spans.of(rule).orElse(new RuleSpans.Span(rule, 1, 0, 0));
        int line = span.thenLine() > 0 && problem != null && generatedThenLine != null
                ? spans.firstActionLine(span) + problem.getStartLine() - generatedThenLine : span.ruleLine();
        String message = problem == null ? "cannot be compiled" : problem.getMessage().strip();
        String in = " in the action of rule \"" + rule + "\"";
        Matcher m;
        if ((m = NOT_VARIABLE.matcher(message)).find()) {
            String name = m.group(1);
            int[] at = token(name, line);
            String what = name.startsWith("$")
                    ? "\"" + name + "\" is not bound" + in + ": bind it in the conditions (" + name + " : ...)"
                    + NearNames.hint(name, bindings(span))
                    : "unknown name \"" + name + "\"" + in + NearNames.hint(name, bindings(span));
            return Problem.at(file, at[0], at[1], what);
        }
        if ((m = NOT_FIELD.matcher(message)).find()) {
            return unknownConstant(m.group(1), line, in);
        }
        if ((m = NOT_TYPE.matcher(message)).find()) {
            int[] at = token(m.group(1), line);
            return Problem.at(file, at[0], at[1], "unknown name \"" + m.group(1) + "\"" + in
                    + NearNames.hint(m.group(1), types.names()) + SEE_REFERENCE);
        }
        if ((m = UNDEFINED_METHOD.matcher(message)).find()) {
            return undefinedMethod(m.group(1), m.group(3), line, in);
        }
        if ((m = NOT_APPLICABLE.matcher(message)).find()) {
            return DeriveForms.wrongArguments(file, m.group(3) + "." + m.group(1), m.group(4), token(m.group(1) + "(", line), in);
        }
        if ((m = MISMATCH.matcher(message)).find()) {
            return Problem.at(file, line, spans.firstColumn(line), "a value of type " + m.group(1)
                    + " cannot be used where the type " + m.group(2) + " is expected" + in);
        }
        if ((m = INSERT.matcher(message)).find()) {
            return Problem.at(file, line, spans.firstColumn(line), "syntax error" + in + ": \"" + m.group(1)
                    + "\" is missing on this line (or a bracket is left open)");
        }
        return Problem.at(file, line, spans.firstColumn(line), oneLine(message) + in);
    }

    private Problem unknownConstant(String name, int line, String in) {
        Optional<int[]> qualified = find("(\\w+)\\s*\\.\\s*(" + Pattern.quote(name) + ")\\b", line, line);
        String ownerName = qualified.map(q -> {
            Matcher m = Pattern.compile("(\\w+)\\s*\\.\\s*" + Pattern.quote(name) + "\\b").matcher(spans.line(line));
            return m.find() ? m.group(1) : "";
        }).orElse("");
        int[] at = token(name, line);
        Optional<Class<?>> owner = types.resolve(ownerName);
        if (owner.isPresent() && owner.get().isEnum()) {
            List<String> values = DrlTypes.valuesOf(owner.get());
            return Problem.at(file, at[0], at[1], "unknown " + ownerName + " value \"" + name + "\""
                    + NearNames.hint(name, values) + " (" + ownerName + " is one of " + String.join(", ", values) + ")");
        }
        return Problem.at(file, at[0], at[1], "unknown name \"" + name + "\"" + in);
    }

    private Problem undefinedMethod(String method, String typeName, int line, String in) {
        int[] at = token(method + "(", line);
        if (typeName.equals("Derive")) {
            return Problem.at(file, at[0], at[1], "Derive has no form \"" + method + "\"" + in
                    + NearNames.hint(method, DeriveForms.names()) + SEE_REFERENCE);
        }
        Optional<Class<?>> type = types.resolve(typeName);
        List<String> fields = type.map(DrlTypes::fieldsOf).orElse(List.of());
        return Problem.at(file, at[0], at[1], typeName + " has no field \"" + method + "\"" + in
                + NearNames.hint(method, fields) + (fields.isEmpty() ? "" : " (its fields: " + String.join(", ", fields) + ")"));
    }

    private List<String> bindings(RuleSpans.Span span) {
        List<String> names = new java.util.ArrayList<>();
        int last = span.thenLine() > 0 ? span.thenLine() : span.ruleLine();
        for (int n = span.ruleLine(); n <= last; n++) {
            Matcher m = BINDING.matcher(spans.line(n));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Where {@code token} is written on {@code line}, or the line's first column. */
    private int[] token(String token, int line) {
        return find("(" + Pattern.quote(token) + ")", line, line).orElse(lineStart(line));
    }

    private Optional<int[]> find(String regex, int from, int to) {
        return spans.find(Pattern.compile(regex), from, to, 1);
    }

    private int[] lineStart(int line) {
        int l = Math.max(line, 1);
        return new int[] {l, spans.firstColumn(l)};
    }

    private int[] columnOfName(int[] expressionAt, String expression, String name) {
        int offset = expression.indexOf(name);
        return new int[] {expressionAt[0], expressionAt[1] + Math.max(offset, 0)};
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
