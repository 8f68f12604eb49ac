package org.mizan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The brief's typefaces: Noto Naskh Arabic for Arabic (it has Latin letters too, the fallback for Latin) and
 * Noto Serif for Latin text. The build fetches it at a pinned version and checksum into the jar. If it is missing (a build that
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

    private static final String LATIN_REGULAR = "/org/mizan/fonts/latin/400Regular/NotoSerif_400Regular.ttf";
    private static final String LATIN_BOLD = "/org/mizan/fonts/latin/700Bold/NotoSerif_700Bold.ttf";

    private static volatile Optional<byte[]> latinRegular;
    private static volatile Optional<byte[]> latinBold;
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
     * The Latin face, Noto Serif (OFL, like Noto Naskh), bundled at a pinned version and checksum; empty if the
     * build could not fetch it (Latin text is then set in Noto Naskh's own Latin letters, as before).
     */
    public static Optional<byte[]> latin(Weight weight) {
        if (weight == Weight.BOLD) {
            if (latinBold == null) {
                latinBold = resource(LATIN_BOLD);
            }
            return latinBold;
        }
        if (latinRegular == null) {
            latinRegular = resource(LATIN_REGULAR);
        }
        return latinRegular;
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
