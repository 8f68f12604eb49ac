package org.mizan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.mizan.dossier.Language;

/**
 * The page's own words in one language, read from {@code ui_<code>.properties} beside this class (UTF-8, so
 * the Arabic file is readable as written). A missing key is a bug, so it fails loudly rather than showing a key.
 */
final class Ui {

    private static final Map<Language, Ui> ALL = Map.of(Language.EN, load(Language.EN), Language.AR,
            load(Language.AR));

    private final Language language;
    private final Properties words;

    private Ui(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    static Ui of(Language language) {
        return ALL.get(language);
    }

    Language language() {
        return language;
    }

    String get(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("no UI word '" + key + "' for " + language.code());
        }
        return word;
    }

    /** The word for {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args}, digits as written. */
    String format(String key, Object... args) {
        String word = get(key);
        for (int i = 0; i < args.length; i++) {
            word = word.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return word;
    }

    private static Ui load(Language language) {
        String name = "ui_" + language.code() + ".properties";
        try (InputStream in = Ui.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Ui(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
