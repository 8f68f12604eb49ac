package org.mizan.brief;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.reflect.MapObjectHandler;

/**
 * Mustache configured for analyst-edited text: values are written as they are (the brief is not HTML, so no
 * escaping), data is looked up in plain maps only (no reflection on Java objects), and partials are read only
 * from the language's template files (by name, each from the highest layer that has it), never by a path.
 */
final class PlainTextMustacheFactory extends DefaultMustacheFactory {

    private final Map<String, Path> files;

    /** {@code files}: the language's template files by name, e.g. "_actors.mustache". */
    PlainTextMustacheFactory(Map<String, Path> files) {
        this.files = Map.copyOf(files);
        setObjectHandler(new MapObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Reader getReader(String resourceName) {
        Path file = files.get(resourceName);
        if (file == null || !Files.isRegularFile(file)) {
            throw new MustacheNotFoundException(resourceName);
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!staysIn(folder, file)) {
                throw new MustacheException("partial " + resourceName + " is a link to a file outside "
                        + folder.getFileName() + "/; copy the file here instead of linking it");
            }
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MustacheNotFoundException(resourceName, e);
        }
    }

    /**
     * Whether {@code file}, its links followed, is in {@code folder}: a partial linked to a file elsewhere on the disk
     * would put that file's text into the brief.
     */
    static boolean staysIn(Path folder, Path file) throws IOException {
        return file.toRealPath().startsWith(folder.toRealPath());
    }
}
