package org.mizan.inference;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.kie.api.runtime.rule.RuleContext;
import org.mizan.problem.Problem;

/**
 * The forms of {@link Derive} a rule's action may call, read from the class itself so that a form added there is
 * known to error messages and to the rule author's reference at once.
 */
public final class DeriveForms {

    private DeriveForms() {
    }

    /** Every public static method of Derive, by name then number of arguments. */
    public static List<Method> all() {
        return Arrays.stream(Derive.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Derive.class)
                .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount)
                        .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .toList();
    }

    static List<String> names() {
        return all().stream().map(Method::getName).distinct().toList();
    }

    /** {@code Derive.risk(drools, String type, String subject, Likelihood likelihood, Impact impact)}. */
    public static String signature(Method form) {
        return "Derive." + form.getName() + "(" + Arrays.stream(form.getParameters()).map(DeriveForms::parameter)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String parameter(Parameter p) {
        if (RuleContext.class.isAssignableFrom(p.getType())) {
            return "drools";
        }
        return (p.isVarArgs() ? p.getType().getComponentType().getSimpleName() + "..." : p.getType().getSimpleName())
                + " " + p.getName();
    }

    /** The compiler found no form of {@code qualified} ("Derive.risk") that takes {@code given} (its types). */
    static Problem wrongArguments(String file, String qualified, String given, int[] at, String in) {
        String name = qualified.substring(qualified.indexOf('.') + 1);
        List<String> args = Arrays.stream(given.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<Method> forms = all().stream().filter(m -> m.getName().equals(name)).toList();
        String usage = forms.stream().map(DeriveForms::signature).collect(Collectors.joining(" or "));
        for (Method form : forms) {
            if (form.getParameterCount() != args.size()) {
                continue;
            }
            Parameter[] params = form.getParameters();
            for (int i = 1; i < params.length; i++) {
                String expected = params[i].getType().getSimpleName();
                if (!expected.equals(args.get(i).replace("null", expected))) {
                    return Problem.at(file, at[0], at[1], "argument " + (i + 1) + " of " + qualified + in + " is a "
                            + args.get(i) + ", but the form wants " + expected + " " + params[i].getName()
                            + (expected.equals("String") ? " (an id: write $x.id() to pass a fact's id)" : "")
                            + "; the forms are " + usage);
                }
            }
        }
        return Problem.at(file, at[0], at[1], qualified + in + " takes " + forms.stream()
                .map(f -> String.valueOf(f.getParameterCount())).distinct().collect(Collectors.joining(" or "))
                + " arguments, not " + args.size() + "; the forms are " + usage);
    }
}
