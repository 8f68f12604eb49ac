package org.mizan.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types one rule file can name, resolved as Drools resolves them: through the file's {@code import} lines
 * ({@code org.mizan.dossier.*} and single classes). Gives error messages the fields of a record, the values of an
 * enum and the type names near a misspelt one.
 */
public final class DrlTypes {

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*;");

    /** The packages the shipped rules import, where the fact model lives. */
    public static final List<String> RULE_PACKAGES = List.of("org.mizan.dossier", "org.mizan.inference", "org.mizan.ach");

    private final Map<String, Class<?>> bySimpleName;

    private DrlTypes(Map<String, Class<?>> bySimpleName) {
        this.bySimpleName = bySimpleName;
    }

    static DrlTypes of(String drlText) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Matcher m = IMPORT.matcher(drlText);
        while (m.find()) {
            if (m.group(2) != null) {
                if (m.group(1).startsWith("org.mizan.")) {
                    PackageTypes.of(m.group(1)).forEach(c -> types.putIfAbsent(c.getSimpleName(), c));
                }
            } else {
                load(m.group(1)).ifPresent(c -> types.putIfAbsent(c.getSimpleName(), c));
            }
        }
        return new DrlTypes(types);
    }

    Optional<Class<?>> resolve(String simpleName) {
        return Optional.ofNullable(bySimpleName.get(simpleName));
    }

    /** Every type the file can name, sorted. */
    TreeSet<String> names() {
        return new TreeSet<>(bySimpleName.keySet());
    }

    /** The record and interface types among them: what a condition can match. */
    List<String> factTypeNames() {
        List<String> names = new ArrayList<>();
        bySimpleName.forEach((name, type) -> {
            if (type.isRecord() || type.isInterface() && !type.isAnnotation()) {
                names.add(name);
            }
        });
        return names;
    }

    /** The Mizan package a rule would import to name {@code simpleName}, if any holds it. */
    static Optional<String> mizanPackageOf(String simpleName) {
        return RULE_PACKAGES.stream().filter(p -> load(p + "." + simpleName).isPresent()).findFirst();
    }

    /** The enum types among them. */
    List<String> enumNames() {
        List<String> enums = new ArrayList<>();
        bySimpleName.forEach((name, type) -> {
            if (type.isEnum()) {
                enums.add(name);
            }
        });
        return enums;
    }

    static Optional<Class<?>> load(String qualifiedName) {
        try {
            return Optional.of(Class.forName(qualifiedName, false, DrlTypes.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The names a rule can use on a type: record components, else public no-argument methods. */
    static List<String> fieldsOf(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
        }
        return java.util.Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class)
                .map(java.lang.reflect.Method::getName).distinct().sorted().toList();
    }

    /** The constants of an enum type, in declaration order. */
    static List<String> valuesOf(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
