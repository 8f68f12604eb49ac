package org.mizan.dossier;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * One fact file as read: an object whose keys are {@code dossier} (the header), {@code sources} and the fact types
 * of {@link FactType}, in any combination. What could not be read is in {@code problems}; the rest is kept, so
 * one mistake does not hide the others. {@code headerUnreadable}: a header was written but is broken (and reported).
 * {@code readToEnd}: false when the file stopped being readable part-way (broken JSON, not UTF-8, too large), so ids
 * declared further on are unknown.
 */
public record FactFile(Optional<DossierHeader> header, boolean headerUnreadable, List<Source> sources, List<Fact> facts,
                       Locations locations, Set<String> unboundIds, List<Problem> problems, boolean readToEnd) {

    static final String HEADER_KEY = "dossier";
    static final String SOURCES_KEY = "sources";

    public static FactFile read(Path path) {
        return read(path, Vocabulary.shipped());
    }

    /** Reads with the kinds the dossier declares ({@link Vocabulary#read}); its declarations are skipped here. */
    public static FactFile read(Path path, Vocabulary vocabulary) {
        FactReader reader = new FactReader(DisplayPaths.of(path), vocabulary);
        Contents contents = new Contents();
        boolean readToEnd = false;
        try (JsonParser parser = DossierJson.parser(path)) {
            readTopLevel(parser, reader, contents);
            readToEnd = true;
        } catch (JsonProcessingException e) {
            reader.syntaxProblem(e);
        } catch (MalformedInputException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), "not UTF-8 text: save the file as UTF-8");
        } catch (DossierJson.FileTooLargeException e) {
            reader.problem(new SourceLocation(reader.file(), 1, 1), e.userMessage());
        } catch (IOException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), FileRefusal.wording(e));
        }
        return new FactFile(Optional.ofNullable(contents.header), contents.headerUnreadable, contents.sources, contents.facts,
                reader.locations(), reader.unboundIds(), reader.problems(), readToEnd);
    }

    private static final class Contents {
        private DossierHeader header;
        private boolean headerUnreadable;
        private final List<Source> sources = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
    }

    private static void readTopLevel(JsonParser parser, FactReader reader, Contents contents) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            reader.problem(new SourceLocation(reader.file(), 1, 1), "a fact file must be one JSON object {...} whose"
                    + " keys name fact types (" + HEADER_KEY + ", " + SOURCES_KEY + ", " + FactType.keys() + ")");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyAt = new SourceLocation(reader.file(), parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr());
            parser.nextToken();
            readEntry(key, keyAt, parser, reader, contents);
        }
        if (parser.nextToken() != null) {
            reader.problem(new SourceLocation(reader.file(), parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr()), "unexpected content after the closing }");
        }
    }

    private static void readEntry(String key, SourceLocation keyAt, JsonParser parser, FactReader reader,
                                  Contents contents) throws IOException {
        Optional<FactType> type = FactType.ofKey(key);
        if (type.isPresent()) {
            contents.facts.addAll(reader.readFacts(parser, type.get()));
        } else if (key.equals(SOURCES_KEY)) {
            contents.sources.addAll(reader.readArray(parser, Source.class, "source"));
        } else if (key.equals(Vocabulary.KEY)) {
            parser.skipChildren(); // read before the facts, by Vocabulary.read
        } else if (key.equals(HEADER_KEY)) {
            contents.header = reader.bind(reader.element(parser), DossierHeader.class, "dossier header").orElse(null);
            contents.headerUnreadable = contents.header == null;
        } else {
            reader.element(parser);
            reader.problem(keyAt, "unknown key \"" + key + "\" (allowed: " + HEADER_KEY + ", " + SOURCES_KEY + ", "
                    + Vocabulary.KEY + ", " + FactType.keys() + ")");
        }
    }
}
