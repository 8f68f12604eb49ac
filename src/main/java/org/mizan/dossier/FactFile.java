package org.mizan.dossier;

import java.io.IOException;
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
import org.mizan.problem.InputException;
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
                       Locations locations, Set<String> unboundIds, List<Problem> problems, boolean readToEnd,
                       Optional<UpdateHeader> update) {

    static final String HEADER_KEY = "dossier";
    static final String SOURCES_KEY = "sources";
    /** The header of an update folder ({@link UpdateHeader}), in place of the dossier header. */
    static final String UPDATE_KEY = "update";

    public static FactFile read(Path path) {
        return read(path, Vocabulary.shipped());
    }

    /** Reads with the kinds the dossier declares ({@link Vocabulary#read}); its declarations are skipped here. */
    public static FactFile read(Path path, Vocabulary vocabulary) {
        FactReader reader = new FactReader(DisplayPaths.of(path), vocabulary);
        Contents contents = new Contents();
        boolean readToEnd = false;
        try (JsonParser parser = DossierJson.parser(path)) {
            readToEnd = readTopLevel(parser, reader, contents) && declaresSomething(reader, contents);
        } catch (JsonProcessingException e) {
            reader.syntaxProblem(e);
        } catch (InputException e) {
            // Not UTF-8 at a byte, or a value too long: one problem, and the rest of the file unread.
            e.problems().forEach(p -> reader.problem(p.where(), p.message()));
        } catch (DossierJson.FileTooLargeException e) {
            reader.problem(new SourceLocation(reader.file(), 1, 1), e.userMessage());
        } catch (IOException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), FileRefusal.wording(e));
        }
        return new FactFile(Optional.ofNullable(contents.header), contents.headerUnreadable, contents.sources, contents.facts,
                reader.locations(), reader.unboundIds(), reader.problems(), readToEnd,
                Optional.ofNullable(contents.update));
    }

    private static final class Contents {
        private DossierHeader header;
        private UpdateHeader update;
        private boolean headerUnreadable;
        private SourceLocation start;
        private boolean declaresKinds;
        private final List<Source> sources = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
    }

    /**
     * A file that holds nothing (emptied, or {@code {}}, or only empty lists) is one error, and ids it may have
     * declared are unknown, so references to them are not reported one by one (an emptied actors.json once gave 131
     * lines). False when the file declares nothing.
     */
    private static boolean declaresSomething(FactReader reader, Contents contents) {
        if (contents.header != null || contents.update != null || contents.headerUnreadable || contents.declaresKinds
                || !contents.sources.isEmpty()
                || !contents.facts.isEmpty() || !reader.problems().isEmpty()) {
            return true;
        }
        reader.problem(contents.start, "the file declares nothing (no dossier header, source, kind or fact): restore its"
                + " contents, or delete the file");
        return false;
    }

    /** Reads the file's one object; false when the file is empty (reported), so ids it declared are unknown. */
    private static boolean readTopLevel(JsonParser parser, FactReader reader, Contents contents) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            reader.problem(new SourceLocation(reader.file(), 1, 1), "the file is empty: restore its contents (one"
                    + " JSON object {...} whose keys name fact types), or delete the file");
            return false;
        }
        contents.start = new SourceLocation(reader.file(), parser.currentTokenLocation().getLineNr(),
                parser.currentTokenLocation().getColumnNr());
        if (first != JsonToken.START_OBJECT) {
            reader.problem(contents.start, "a fact file must be one JSON object {...} whose"
                    + " keys name fact types (" + HEADER_KEY + ", " + SOURCES_KEY + ", " + FactType.keys() + ")");
            return false;
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
                    parser.currentTokenLocation().getColumnNr()), "content after the object's closing }: a fact file is one"
                    + " object; move it inside, or delete it");
        }
        return true;
    }

    private static void readEntry(String key, SourceLocation keyAt, JsonParser parser, FactReader reader,
                                  Contents contents) throws IOException {
        Optional<FactType> type = FactType.ofKey(key);
        if (type.isPresent()) {
            contents.facts.addAll(reader.readFacts(parser, type.get()));
        } else if (key.equals(SOURCES_KEY)) {
            contents.sources.addAll(reader.readArray(parser, Source.class, "source"));
        } else if (key.equals(Vocabulary.KEY)) {
            contents.declaresKinds = true;
            parser.skipChildren(); // read before the facts, by Vocabulary.read
        } else if (key.equals(HEADER_KEY)) {
            contents.header = reader.bind(reader.element(parser), DossierHeader.class, "dossier header").orElse(null);
            contents.headerUnreadable = contents.header == null;
        } else if (key.equals(UPDATE_KEY)) {
            contents.update = reader.bind(reader.element(parser), UpdateHeader.class, "update header").orElse(null);
            contents.headerUnreadable = contents.update == null;
        } else {
            reader.element(parser);
            reader.problem(keyAt, "unknown key \"" + key + "\" (allowed: " + HEADER_KEY + ", " + UPDATE_KEY + ", "
                    + SOURCES_KEY + ", " + Vocabulary.KEY + ", " + FactType.keys() + ")");
        }
    }
}
