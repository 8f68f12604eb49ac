package org.mizan.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/**
 * Reads one piece of Java from a rule file (an action, a condition, a function, a cell of the rating table) with
 * JavaParser and finds what a rule may not do: every class it names, plainly, through an import or fully qualified,
 * must be one {@link AllowedTypes} allows; no class object may be taken ({@code X.class}, {@code getClass()} and the
 * other ways into reflection); and the rule context ({@code drools}, {@code kcontext}) may only be handed to the
 * rule API or asked to insert, update or delete a fact.
 *
 * <p>Names are checked, not values: the check does not infer what type a value has, which is why the members that
 * lead from any object into reflection are refused by name whatever they are called on.
 */
final class JavaCodeCheck {

    /** What a piece of code is, which decides how it is parsed. */
    enum Form { BLOCK, EXPRESSION, METHOD, TYPE }

    /** A piece of code and the offset of its first character in the rule file. */
    record Snippet(int start, String text, Form form) {
    }

    /** One place in a rule file where its code does what a rule may not: the offset in the file, and why. */
    record Refusal(int offset, String what, String why) {
    }

    private static final Set<String> CONTEXTS = Set.of("drools", "kcontext");
    private static final Set<String> CONTEXT_METHODS = Set.of("insert", "insertLogical", "update", "delete",
            "retract");
    /** The members that lead from any object to its class, its class loader or reflective calls. */
    private static final Set<String> REFLECTION = Set.of("getClass", "getDeclaringClass", "getClassLoader",
            "getContextClassLoader", "loadClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
            "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke",
            "invokeExact", "invokeWithArguments", "setAccessible", "getFactClass");
    /** The same as properties, as a condition may write them ({@code $x.class}, {@code $x.classLoader}). */
    private static final Set<String> REFLECTION_PROPERTIES = Set.of("class", "declaringClass", "classLoader",
            "contextClassLoader", "factClass");
    static final String REFLECTION_WHY = "reflection";
    static final String CONTEXT_WHY = "the rule context";

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    private final RuleTypeNames names;

    JavaCodeCheck(RuleTypeNames names) {
        this.names = names;
    }

    /** What the snippet does that a rule may not; empty when it is not Java this check can read. */
    Optional<List<Refusal>> check(Snippet snippet) {
        String text = snippet.text();
        ParseResult<? extends Node> parsed;
        int linesBefore = 0;
        switch (snippet.form()) {
            case BLOCK -> {
                parsed = parser.parseBlock("{\n" + text + "\n}");
                linesBefore = 1;
            }
            // A condition may navigate with MVEL's null-safe "!.": a plain "." to the parser, same length.
            case EXPRESSION -> parsed = parser.parseExpression(text.replace("!.", " ."));
            case METHOD -> parsed = parser.parseBodyDeclaration(text);
            default -> parsed = parser.parseType(text);
        }
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        List<Refusal> refusals = new ArrayList<>();
        Offsets offsets = new Offsets(snippet.start(), text, linesBefore);
        parsed.getResult().get().walk(Node.TreeTraversal.PREORDER, node -> visit(node, offsets, refusals));
        return Optional.of(refusals);
    }

    private void visit(Node node, Offsets at, List<Refusal> refusals) {
        if (node instanceof ClassOrInterfaceType type && !isScopeOfType(type)) {
            // "new ProcessBuilder(...)" is pointed at where the call starts, at "new".
            Node place = type.getParentNode().orElse(null) instanceof ObjectCreationExpr created
                    && created.getType() == type ? created : type;
            chain(type.getNameWithScope(), null, at.of(place), refusals);
        } else if (node instanceof NameExpr name) {
            if (CONTEXTS.contains(name.getNameAsString())) {
                context(name, at, refusals);
            } else {
                nameChain(name, at, refusals);
            }
        } else if (node instanceof ClassExpr classExpr) {
            refusals.add(new Refusal(at.of(classExpr), classExpr.toString(), REFLECTION_WHY));
        } else if (node instanceof MethodCallExpr call && REFLECTION.contains(call.getNameAsString())) {
            refusals.add(new Refusal(at.of(call), member(call.getScope().map(Node::toString), call
                    .getNameAsString()), REFLECTION_WHY));
        } else if (node instanceof MethodReferenceExpr ref && REFLECTION.contains(ref.getIdentifier())) {
            refusals.add(new Refusal(at.of(ref), ref.toString(), REFLECTION_WHY));
        } else if (node instanceof FieldAccessExpr field && REFLECTION_PROPERTIES.contains(field.getNameAsString())) {
            refusals.add(new Refusal(at.of(field.getName()), field.toString(), REFLECTION_WHY));
        }
    }

    private static boolean isScopeOfType(ClassOrInterfaceType type) {
        return type.getParentNode().filter(p -> p instanceof ClassOrInterfaceType outer
                && outer.getScope().filter(s -> s == type).isPresent()).isPresent();
    }

    /**
     * A name and the field accesses on it ({@code java.nio.file.Files}, {@code System}), and the method called on
     * the last if any ({@code readString}, {@code exit}): refused when a prefix of it is a class a rule may not use.
     */
    private void nameChain(NameExpr name, Offsets at, List<Refusal> refusals) {
        StringBuilder dotted = new StringBuilder(name.getNameAsString());
        Node last = name;
        while (last.getParentNode().orElse(null) instanceof FieldAccessExpr field && field.getScope() == last) {
            dotted.append('.').append(field.getNameAsString());
            last = field;
        }
        Node end = last;
        String method = end.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().filter(s -> s == end).isPresent() ? call.getNameAsString() : null;
        chain(dotted.toString(), method, at.of(name), refusals);
    }

    private void chain(String dotted, String method, int offset, List<Refusal> refusals) {
        String[] parts = dotted.split("\\.");
        Optional<RuleTypeNames.Resolved> resolved = names.simple(parts[0]);
        int used = 1;
        if (resolved.isEmpty() && parts.length > 1 && Character.isLowerCase(parts[0].charAt(0))) {
            Optional<Class<?>> qualified = RuleTypeNames.load(dotted);
            if (qualified.isPresent()) {
                resolved = Optional.of(new RuleTypeNames.Resolved(qualified.get(), false));
                used = qualified.get().getName().split("[.$]").length;
            }
        }
        if (resolved.isEmpty() || resolved.get().quiet() || AllowedTypes.allows(resolved.get().type())) {
            return;
        }
        // Name what is used: the class and the member taken from it (System.exit, java.nio.file.Files.readString).
        int shown = Math.min(parts.length, used + 1);
        String what = String.join(".", java.util.Arrays.copyOf(parts, shown));
        if (shown == parts.length && method != null) {
            what += "." + method;
        }
        refusals.add(new Refusal(offset, what, AllowedTypes.category(resolved.get().type())));
    }

    /** {@code drools} handed to the rule API ({@code Derive.risk(drools, ...)}), or asked to insert a fact. */
    private void context(NameExpr name, Offsets at, List<Refusal> refusals) {
        Node parent = name.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call) {
            boolean receiver = call.getScope().filter(s -> s == name).isPresent();
            if (receiver && CONTEXT_METHODS.contains(call.getNameAsString())) {
                return;
            }
            if (!receiver && call.getScope().filter(this::isRuleApi).isPresent()) {
                return;
            }
        }
        refusals.add(new Refusal(at.of(name), parent instanceof MethodCallExpr call && call.getScope()
                .filter(s -> s == name).isPresent() ? name + "." + call.getNameAsString() : name.toString(),
                CONTEXT_WHY));
    }

    private boolean isRuleApi(Node scope) {
        return scope instanceof NameExpr n && names.simple(n.getNameAsString())
                .filter(r -> AllowedTypes.allows(r.type()))
                .filter(r -> AllowedTypes.PROJECT_PACKAGES.contains(r.type().getPackageName())).isPresent();
    }

    private static String member(Optional<String> scope, String name) {
        return scope.map(s -> s + "." + name).orElse(name);
    }

    /** From the parser's line and column in what it read to an offset in the rule file. */
    private static final class Offsets {
        private final int start;
        private final int linesBefore;
        private final List<Integer> lineStarts = new ArrayList<>();

        Offsets(int start, String text, int linesBefore) {
            this.start = start;
            this.linesBefore = linesBefore;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        int of(Node node) {
            Position p = node.getBegin().orElse(new Position(1 + linesBefore, 1));
            int line = Math.max(0, Math.min(lineStarts.size() - 1, p.line - 1 - linesBefore));
            return start + lineStarts.get(line) + p.column - 1;
        }
    }
}
