package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BehaviorDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.mizan.inference.JavaCodeCheck.Form;
import org.mizan.inference.JavaCodeCheck.Refusal;
import org.mizan.inference.JavaCodeCheck.Snippet;

/**
 * Finds every piece of code in one DRL text, with Drools' own parser, and checks each with {@link JavaCodeCheck}:
 * imports, globals, declared types, functions, rule attributes, every condition (constraints, {@code eval},
 * {@code from}, {@code accumulate}) and every action. A kind of condition it does not know is not assumed harmless:
 * it is reported as code the check cannot read.
 */
final class DrlCodeCheck {

    /** What was refused, and the places holding code the check could not read. */
    record Outcome(List<Refusal> refusals, List<Refusal> unreadable) {
    }

    static final String DIALECT_WHY = "MVEL";
    static final String UNREADABLE_WHY = "unreadable";
    private static final Pattern MODIFY = Pattern.compile("\\bmodify\\s*\\(");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("salience", "enabled");

    private final String text;
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Refusal> unreadable = new ArrayList<>();
    private JavaCodeCheck java;

    private DrlCodeCheck(String text) {
        this.text = text;
    }

    /** The outcome for one DRL text; empty when Drools cannot parse it (the build then says why). */
    static Optional<Outcome> check(String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (pkg == null || parser.hasErrors()) {
            return Optional.empty();
        }
        DrlCodeCheck check = new DrlCodeCheck(text);
        check.walk(pkg);
        return Optional.of(new Outcome(List.copyOf(check.refusals), List.copyOf(check.unreadable)));
    }

    private void walk(PackageDescr pkg) {
        Set<String> refusedImports = new HashSet<>();
        List<String> imports = new ArrayList<>();
        for (ImportDescr i : pkg.getImports()) {
            imports.add(i.getTarget());
            if (!importAllowed(i.getTarget())) {
                refusedImports.add(i.getTarget());
                refuse(i, i.getTarget(), "import " + i.getTarget(), categoryOf(i.getTarget()));
            }
        }
        for (FunctionImportDescr f : pkg.getFunctionImports()) {
            String owner = f.getTarget().substring(0, Math.max(0, f.getTarget().lastIndexOf('.')));
            if (RuleTypeNames.load(owner).filter(AllowedTypes::allows).isEmpty()) {
                refuse(f, f.getTarget(), "import function " + f.getTarget(), categoryOf(owner));
            }
        }
        for (AccumulateImportDescr a : pkg.getAccumulateImports()) {
            refuse(a, a.getTarget(), "import accumulate " + a.getTarget(), categoryOf(a.getTarget()));
        }
        Set<String> declared = new HashSet<>();
        pkg.getTypeDeclarations().forEach(t -> declared.add(t.getTypeName()));
        pkg.getEnumDeclarations().forEach(t -> declared.add(t.getTypeName()));
        java = new JavaCodeCheck(new RuleTypeNames(imports, refusedImports, declared));
        pkg.getAttributes().forEach(a -> attribute(a, 0));
        pkg.getGlobals().forEach(this::global);
        pkg.getTypeDeclarations().forEach(this::declaration);
        pkg.getEnumDeclarations().forEach(this::enumeration);
        pkg.getFunctions().forEach(this::function);
        pkg.getRules().forEach(this::rule);
    }

    private static boolean importAllowed(String target) {
        if (target.endsWith(".*")) {
            return AllowedTypes.allowsPackage(target.substring(0, target.length() - 2));
        }
        // An import of a class that does not exist is the compiler's to report.
        return RuleTypeNames.load(target).map(AllowedTypes::allows).orElse(true);
    }

    private static String categoryOf(String target) {
        String name = target.endsWith(".*") ? target.substring(0, target.length() - 2) : target;
        return RuleTypeNames.load(name).map(AllowedTypes::category)
                .orElse(name.startsWith("java.io") || name.startsWith("java.nio") ? "files"
                        : "a package outside the allowed ones");
    }

    private void attribute(AttributeDescr a, int from) {
        int at = find(a.getValue(), Math.max(from, a.getStartCharacter()));
        if (a.getName().equals("dialect") && !a.getValue().equals("java")) {
            refusals.add(new Refusal(find(a.getName(), Math.max(from, a.getStartCharacter())),
                    "dialect \"" + a.getValue() + "\"", DIALECT_WHY));
        } else if (EXPRESSION_ATTRIBUTES.contains(a.getName()) && !a.getValue().matches("-?\\d+|true|false")) {
            code(new Snippet(at, a.getValue(), Form.EXPRESSION));
        } else if (a.getName().equals("timer") && a.getValue().contains("expr")) {
            unreadable.add(new Refusal(at, "timer (" + a.getValue() + ")", UNREADABLE_WHY));
        }
    }

    private void global(GlobalDescr g) {
        type(g.getType(), g.getStartCharacter());
    }

    private void declaration(TypeDeclarationDescr t) {
        for (QualifiedName superType : t.getSuperTypes()) {
            if (!superType.getFullName().equals("java.lang.Object")) {
                type(superType.getFullName(), t.getStartCharacter());
            }
        }
        for (TypeFieldDescr field : t.getFields().values()) {
            int from = Math.max(t.getStartCharacter(), field.getStartCharacter());
            type(field.getPattern().getObjectType(), from);
            if (field.getInitExpr() != null) {
                expression(field.getInitExpr(), from);
            }
        }
    }

    private void enumeration(EnumDeclarationDescr e) {
        for (EnumLiteralDescr literal : e.getLiterals()) {
            literal.getConstructorArgs().forEach(arg -> expression(arg, Math.max(e.getStartCharacter(),
                    literal.getStartCharacter())));
        }
        for (TypeFieldDescr field : e.getFields().values()) {
            type(field.getPattern().getObjectType(), e.getStartCharacter());
        }
    }

    private void function(FunctionDescr f) {
        int start = Math.max(0, f.getStartCharacter());
        type(f.getReturnType(), start);
        f.getParameterTypes().forEach(t -> type(t, start));
        block(f.getBody(), start);
    }

    private void rule(RuleDescr r) {
        int start = Math.max(0, r.getStartCharacter());
        r.getAttributes().values().forEach(a -> attribute(a, start));
        condition(r.getLhs(), start);
        if (r.getConsequence() instanceof String action) {
            block(action, start + text.substring(start).indexOf("then"));
        }
        for (Map.Entry<String, Object> named : r.getNamedConsequences().entrySet()) {
            if (named.getValue() instanceof String action) {
                block(action, start);
            }
        }
    }

    private void condition(BaseDescr d, int from) {
        int start = Math.max(from, d.getStartCharacter());
        if (d instanceof PatternDescr pattern) {
            type(pattern.getObjectType(), start);
            pattern.getDescrs().forEach(c -> condition(c, start));
            if (pattern.getSource() != null) {
                condition(pattern.getSource(), from);
            }
        } else if (d instanceof ExprConstraintDescr constraint) {
            constraint(constraint.getExpression(), start);
        } else if (d instanceof EvalDescr eval) {
            expression(String.valueOf(eval.getContent()), start);
        } else if (d instanceof FromDescr source) {
            expression(source.getExpression(), from);
        } else if (d instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, from);
        } else if (d instanceof CollectDescr collect) {
            condition(collect.getInputPattern(), from);
        } else if (d instanceof ConditionalBranchDescr branch) {
            expression(String.valueOf(branch.getCondition().getContent()), from);
            if (branch.getElseBranch() != null) {
                condition(branch.getElseBranch(), from);
            }
        } else if (d instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(c -> condition((BaseDescr) c, start));
        } else if (!(d instanceof EntryPointDescr || d instanceof NamedConsequenceDescr
                || d instanceof BehaviorDescr)) {
            unreadable.add(new Refusal(start, d.getClass().getSimpleName().replace("Descr", ""), UNREADABLE_WHY));
        }
    }

    private void accumulate(AccumulateDescr a, int from) {
        if (a.getInput() != null) {
            condition(a.getInput(), from);
        }
        for (String code : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode()}) {
            if (code != null) {
                block(code, from);
            }
        }
        if (a.getResultCode() != null) {
            expression(a.getResultCode(), from);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr call : a.getFunctions()) {
            for (String param : call.getParams()) {
                expression(param, from);
            }
        }
    }

    /** A constraint, split by Drools into the Java expressions between its operators ({@code contains}, {@code in}). */
    private void constraint(String expression, int from) {
        int at = find(expression, from);
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(expression);
        if (parsed == null || parser.hasErrors()) {
            unreadable.add(new Refusal(at, expression, UNREADABLE_WHY));
            return;
        }
        atoms(parsed, expression, at);
    }

    private void atoms(BaseDescr d, String constraint, int at) {
        if (d instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(c -> atoms(c, constraint, at));
        } else if (d instanceof RelationalExprDescr relation) {
            atoms(relation.getLeft(), constraint, at);
            atoms(relation.getRight(), constraint, at);
        } else if (d instanceof AtomicExprDescr atom && !atom.isLiteral()) {
            atom(atom.getExpression(), constraint, at);
        } else if (d instanceof BindingDescr binding) {
            atom(binding.getExpression(), constraint, at);
        }
    }

    private void atom(String expression, String constraint, int at) {
        int within = constraint.indexOf(expression);
        code(new Snippet(within < 0 ? at : at + within, expression, Form.EXPRESSION));
    }

    /** An action: a {@code modify (fact) { setX(..), ... }} block is checked piece by piece, the rest as Java. */
    private void block(String code, int from) {
        int start = find(code, from);
        StringBuilder plain = new StringBuilder(code);
        Matcher modify = MODIFY.matcher(code);
        int searchFrom = 0;
        while (modify.find(searchFrom)) {
            int open = modify.end() - 1;
            int close = matching(code, open, '(', ')');
            int brace = close < 0 ? -1 : skipBlanks(code, close + 1);
            int end = brace < code.length() && brace >= 0 && code.charAt(brace) == '{'
                    ? matching(code, brace, '{', '}') : -1;
            if (end < 0) {
                break;
            }
            code(new Snippet(start + open + 1, code.substring(open + 1, close), Form.EXPRESSION));
            int piece = brace + 1;
            for (String part : topLevel(code.substring(brace + 1, end))) {
                if (!part.isBlank()) {
                    code(new Snippet(start + piece, part, Form.EXPRESSION));
                }
                piece += part.length() + 1;
            }
            for (int i = modify.start(); i <= end; i++) {
                if (plain.charAt(i) != '\n') {
                    plain.setCharAt(i, ' ');
                }
            }
            searchFrom = end + 1;
        }
        code(new Snippet(start, plain.toString(), Form.BLOCK));
    }

    private void expression(String code, int from) {
        code(new Snippet(find(code, from), code, Form.EXPRESSION));
    }

    private void type(String name, int from) {
        if (name != null && !name.isBlank()) {
            code(new Snippet(find(name, from), name, Form.TYPE));
        }
    }

    private void code(Snippet snippet) {
        Optional<List<Refusal>> found = java.check(snippet);
        if (found.isEmpty()) {
            unreadable.add(new Refusal(snippet.start(), snippet.text().strip(), UNREADABLE_WHY));
        } else {
            Set<String> seen = new HashSet<>();
            found.get().stream().filter(r -> seen.add(r.what())).forEach(refusals::add);
        }
    }

    private void refuse(BaseDescr d, String target, String what, String why) {
        refusals.add(new Refusal(find(target, Math.max(0, d.getStartCharacter())), what, why));
    }

    /** Where {@code code} stands in the file, searching from {@code from}; {@code from} when it is not found. */
    private int find(String code, int from) {
        String needle = code.strip();
        int start = Math.max(0, Math.min(from, text.length()));
        int at = needle.isEmpty() ? -1 : text.indexOf(needle, start);
        if (at < 0) {
            at = needle.isEmpty() ? -1 : text.indexOf(needle);
        }
        return at < 0 ? start : at - code.indexOf(needle);
    }

    private static int skipBlanks(String code, int i) {
        int j = i;
        while (j < code.length() && Character.isWhitespace(code.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The index of the bracket closing the one at {@code open}, skipping text in quotes; -1 if none. */
    private static int matching(String code, int open, char opening, char closing) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && (i == 0 || code.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == opening) {
                depth++;
            } else if (!quoted && c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The parts of {@code code} between commas that are not inside brackets or quotes. */
    private static List<String> topLevel(String code) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && (i == 0 || code.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(code.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(code.substring(start));
        return parts;
    }
}
