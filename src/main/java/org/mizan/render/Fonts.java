package org.mizan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The brief's typeface: Noto Naskh Arabic, which also has Latin letters and digits, so one font sets both
 * scripts. The build fetches it at a pinned version and checksum into the jar. If it is missing (a build that
 * could not fetch it), fall back to fonts commonly installed on Linux, and say so once on stderr.
 */
public final class Fonts {

    public enum Weight { REGULAR, BOLD }

    private static final String REGULAR = "/org/mizan/fonts/400Regular/NotoNaskhArabic_400Regular.ttf";
    private static final String BOLD = "/org/mizan/fonts/700Bold/NotoNaskhArabic_700Bold.ttf";
    private static final List<Path> FALLBACK_REGULAR = List.of(
            Path.of("/usr/share/fonts/truetype/fonts-hosny-amiri/amiri-regular.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    private static final List<Path> FALLBACK_BOLD = List.of(
            Path.of("/usr/share/fonts/truetype/fonts-hosny-amiri/amiri-bold.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    private static final String SYMBOLS = "/org/mizan/fonts/ttf/DejaVuSans.ttf";
    private static final Path SYMBOLS_INSTALLED = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static volatile byte[] regular;
    private static volatile Optional<byte[]> symbols;
    private static volatile byte[] bold;

    private Fonts() {
    }

    /** The TrueType bytes of the face, loaded once and cached for the life of the process. */
    public static byte[] bytes(Weight weight) {
        if (weight == Weight.BOLD) {
            if (bold == null) {
                bold = load(BOLD, FALLBACK_BOLD);
            }
            return bold;
        }
        if (regular == null) {
            regular = load(REGULAR, FALLBACK_REGULAR);
        }
        return regular;
    }

    /**
     * The face for the few symbols Noto Naskh lacks (arrows, geometric shapes): DejaVu Sans, bundled like the main
     * face; the installed copy if the build could not fetch it; empty if neither exists (the symbols are then
     * missing from the PDF, which the renderer cannot help).
     */
    public static Optional<byte[]> symbols() {
        if (symbols == null) {
            symbols = loadSymbols();
        }
        return symbols;
    }

    private static Optional<byte[]> loadSymbols() {
        try (InputStream in = Fonts.class.getResourceAsStream(SYMBOLS)) {
            if (in != null) {
                return Optional.of(in.readAllBytes());
            }
            return Files.isReadable(SYMBOLS_INSTALLED) ? Optional.of(Files.readAllBytes(SYMBOLS_INSTALLED))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short name of the face in use, for the method note and document properties. */
    public static String familyName() {
        return Fonts.class.getResource(REGULAR) != null ? "Noto Naskh Arabic" : "fallback font";
    }

    private static byte[] load(String resource, List<Path> fallbacks) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                return in.readAllBytes();
            }
            for (Path p : fallbacks) {
                if (Files.isReadable(p)) {
                    System.err.println("mizan: warning: bundled font missing; using " + p);
                    return Files.readAllBytes(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no usable font: rebuild with 'mvn package' (it fetches Noto Naskh Arabic)"
                + " or install fonts-hosny-amiri");
    }
}
