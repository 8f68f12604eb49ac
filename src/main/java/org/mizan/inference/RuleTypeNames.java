package org.mizan.inference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a class name in one rule file stands for, as the compiler resolves it: a type the file declares, a single
 * import, a wildcard import, {@code java.lang}, or a fully qualified name. Classes are looked up without being
 * initialised, on the class path the rules are compiled against.
 */
final class RuleTypeNames {

    /** A name that stands for a class; {@code quiet} when its import was already refused (one error per cause). */
    record Resolved(Class<?> type, boolean quiet) {
    }

    private static final ClassLoader LOADER = RuleTypeNames.class.getClassLoader();

    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> wildcardImports;
    private final Set<String> refusedImports;
    private final Set<String> declared;
    private final Map<String, Optional<Resolved>> cache = new HashMap<>();

    /**
     * @param imports what the file imports ({@code a.b.C} or {@code a.b.*})
     * @param refusedImports those of them already refused
     * @param declared the types the file declares ({@code declare Flood})
     */
    RuleTypeNames(List<String> imports, Set<String> refusedImports, Set<String> declared) {
        this.refusedImports = refusedImports;
        this.declared = declared;
        this.wildcardImports = imports.stream().filter(i -> i.endsWith(".*"))
                .map(i -> i.substring(0, i.length() - 2)).toList();
        imports.stream().filter(i -> !i.endsWith(".*"))
                .forEach(i -> singleImports.put(i.substring(i.lastIndexOf('.') + 1), i));
    }

    /** The class a simple name stands for, or empty when it is no class (a variable, a field, a declared type). */
    Optional<Resolved> simple(String name) {
        return cache.computeIfAbsent(name, this::lookUp);
    }

    private Optional<Resolved> lookUp(String name) {
        if (declared.contains(name) || name.startsWith("$")) {
            return Optional.empty();
        }
        String single = singleImports.get(name);
        if (single != null) {
            return load(single).map(c -> new Resolved(c, refusedImports.contains(single)));
        }
        for (String pkg : wildcardImports) {
            Optional<Class<?>> found = load(pkg + "." + name);
            if (found.isPresent()) {
                return Optional.of(new Resolved(found.get(), refusedImports.contains(pkg + ".*")));
            }
        }
        return load("java.lang." + name).map(c -> new Resolved(c, false));
    }

    /**
     * The class a dotted name ({@code java.nio.file.Files}, {@code java.util.Map.Entry}) stands for, if any: the
     * shortest prefix that is a class, the outermost class of a nested one, which is what decides.
     */
    static Optional<Class<?>> load(String dotted) {
        int end = dotted.indexOf('.');
        while (true) {
            String prefix = end < 0 ? dotted : dotted.substring(0, end);
            try {
                return Optional.of(Class.forName(prefix, false, LOADER));
            } catch (ClassNotFoundException | LinkageError e) {
                if (end < 0) {
                    return Optional.empty();
                }
                end = dotted.indexOf('.', end + 1);
            }
        }
    }
}
