package org.mizan.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public top-level types of one package, found on the class path (a classes folder in tests, the jar when
 * installed). What a rule file's {@code import org.mizan.dossier.*;} makes visible, for "did you mean" hints and
 * the rule author's reference, so that a type added to the code shows up in both without a list to maintain.
 */
public final class PackageTypes {

    private PackageTypes() {
    }

    public static List<Class<?>> of(String packageName) {
        String folder = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(PackageTypes.class.getClassLoader().getResources(folder))) {
                names.addAll(classNames(url, folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.stream().distinct().sorted()
                .<Class<?>>map(simple -> load(packageName + "." + simple))
                .filter(c -> c != null && java.lang.reflect.Modifier.isPublic(c.getModifiers()))
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    private static List<String> classNames(URL url, String folder) throws IOException {
        String protocol = url.getProtocol().toLowerCase(Locale.ROOT);
        if (protocol.equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(PackageTypes::isTopLevelClass)
                        .map(n -> n.substring(0, n.length() - ".class".length())).toList();
            } catch (URISyntaxException e) {
                return List.of();
            }
        }
        if (protocol.equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                return jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())).filter(PackageTypes::isTopLevelClass)
                        .map(n -> n.substring(0, n.length() - ".class".length())).toList();
            }
        }
        return List.of();
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PackageTypes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
