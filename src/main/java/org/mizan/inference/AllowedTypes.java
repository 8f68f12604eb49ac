package org.mizan.inference;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.mizan.ach.Rate;

/**
 * The classes a rule file may name unless it is trusted: an allow-list, so that anything not listed (files,
 * processes, the network, reflection, {@code System}, threads, class loading, and whatever a future JDK adds) is
 * refused without being foreseen.
 *
 * <ul>
 *   <li>the rule API: {@link Derive}, {@link Adjustment}, {@link Trigger}, {@link Rate};</li>
 *   <li>the fact, finding and scale types: records, enums and interfaces of {@code org.mizan.dossier},
 *       {@code org.mizan.inference} and {@code org.mizan.ach} whose public methods take or give no file, stream or
 *       socket (so not {@code FactFile}, which reads a file);</li>
 *   <li>plain Java values: text, numbers, {@code Math}, collections, {@code Optional}, streams and functions, dates
 *       ({@code java.time}) and {@code java.math}.</li>
 * </ul>
 */
final class AllowedTypes {

    static final List<String> PROJECT_PACKAGES = List.of("org.mizan.dossier", "org.mizan.inference", "org.mizan.ach");
    private static final Set<Class<?>> API = Set.of(Derive.class, Adjustment.class, Trigger.class, Rate.class);
    private static final Set<String> JAVA_PACKAGES = Set.of("java.util.function", "java.util.stream", "java.math",
            "java.time", "java.time.format", "java.time.temporal");
    private static final Set<Class<?>> JAVA = Set.of(
            // java.lang: values, text and arithmetic (not System, Runtime, Thread, Class, ClassLoader, Process...)
            Object.class, String.class, StringBuilder.class, CharSequence.class, Character.class, Boolean.class,
            Number.class, Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class, Math.class,
            StrictMath.class, Comparable.class, Iterable.class, Enum.class, Record.class, Void.class,
            Override.class, SuppressWarnings.class, Exception.class, RuntimeException.class,
            IllegalArgumentException.class, IllegalStateException.class, ArithmeticException.class,
            NullPointerException.class, IndexOutOfBoundsException.class, UnsupportedOperationException.class,
            NumberFormatException.class, ClassCastException.class,
            // java.util: collections and their helpers (not Scanner, ServiceLoader, Timer, Properties, Random...)
            Collection.class, List.class, java.util.ArrayList.class, java.util.LinkedList.class, Set.class,
            java.util.HashSet.class, java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.SortedSet.class,
            java.util.NavigableSet.class, java.util.EnumSet.class, Map.class, java.util.HashMap.class,
            java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.SortedMap.class,
            java.util.NavigableMap.class, java.util.EnumMap.class, java.util.Queue.class, java.util.Deque.class,
            java.util.ArrayDeque.class, java.util.PriorityQueue.class, java.util.Iterator.class,
            java.util.ListIterator.class, java.util.Collections.class, Arrays.class, java.util.Objects.class,
            Optional.class, java.util.OptionalInt.class, java.util.OptionalLong.class,
            java.util.OptionalDouble.class, java.util.Comparator.class, java.util.StringJoiner.class,
            java.util.Locale.class, java.util.NoSuchElementException.class, BigDecimal.class);

    private static final Map<Class<?>, Boolean> PROJECT_VERDICTS = new ConcurrentHashMap<>();

    private AllowedTypes() {
    }

    /** Whether a rule file may name {@code type}: its outermost class decides for a nested one (Map.Entry). */
    static boolean allows(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        if (JAVA.contains(c) || JAVA_PACKAGES.contains(c.getPackageName())) {
            return true;
        }
        return PROJECT_PACKAGES.contains(c.getPackageName()) && PROJECT_VERDICTS.computeIfAbsent(c,
                AllowedTypes::isRuleModel);
    }

    /** Whether a wildcard import of {@code pkg} is allowed: each name it brings in is still checked where used. */
    static boolean allowsPackage(String pkg) {
        return PROJECT_PACKAGES.contains(pkg) || JAVA_PACKAGES.contains(pkg) || pkg.equals("java.util")
                || pkg.equals("java.lang");
    }

    private static boolean isRuleModel(Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return false;
        }
        if (API.contains(c)) {
            return true;
        }
        return (c.isRecord() || c.isEnum() || c.isInterface()) && !touchesOutside(c);
    }

    /** Whether a public method or constructor of {@code c} takes or gives a file, a stream or a socket. */
    private static boolean touchesOutside(Class<?> c) {
        List<Executable> members = new ArrayList<>(List.of(c.getConstructors()));
        members.addAll(List.of(c.getMethods()));
        return members.stream().flatMap(m -> Stream.concat(Arrays.stream(m.getParameterTypes()),
                        m instanceof Method method ? Stream.of(method.getReturnType()) : Stream.empty()))
                .anyMatch(t -> category(t).equals(FILES) || category(t).equals(NETWORK));
    }

    private static final String FILES = "files";
    private static final String NETWORK = "the network";

    /** What a refused class gives access to, for the message: the reason a rule may not name it. */
    static String category(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        String pkg = c.getPackageName();
        if (pkg.startsWith("java.io") || pkg.startsWith("java.nio")) {
            return FILES;
        }
        if (c == Process.class || c == ProcessBuilder.class || c == ProcessHandle.class || c == Runtime.class) {
            return "processes";
        }
        if (pkg.startsWith("java.net") || pkg.startsWith("javax.net")) {
            return NETWORK;
        }
        if (pkg.startsWith("java.lang.reflect") || pkg.startsWith("java.lang.invoke") || c == Class.class) {
            return "reflection";
        }
        if (ClassLoader.class.isAssignableFrom(c) || c == java.util.ServiceLoader.class
                || pkg.startsWith("java.lang.module")) {
            return "class loading";
        }
        if (c == System.class) {
            return "System";
        }
        if (Thread.class.isAssignableFrom(c) || c == ThreadGroup.class || pkg.startsWith("java.util.concurrent")) {
            return "threads";
        }
        return "a class outside the allowed packages";
    }
}
