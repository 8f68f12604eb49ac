package org.mizan.ach;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.mizan.dossier.DossierJson;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.FactReader;
import org.mizan.dossier.Text;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Reads the competing hypotheses from {@code facts/hypotheses.json}: {@code {"hypotheses": [{"id", "title",
 * "statement", "trend"}]}}, in the dossier's JSON dialect (comments, trailing commas, lower snake case), so its
 * problems point at file:line:col like the dossier's. No file means no hypotheses: the brief then leaves ACH out.
 */
public final class HypothesesFile {

    static final String KEY = "hypotheses";
    private static final String ID_PATTERN = "hyp-[a-z0-9]+(-[a-z0-9]+)*";

    private HypothesesFile() {
    }

    public static List<Hypothesis> load(Path factsDir) {
        Path file = factsDir.resolve(DossierLoader.RESERVED_FILE);
        FileRefusal.special(file, "the hypotheses file").ifPresent(p -> {
            throw new InputException(p);
        });
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        FactReader reader = new FactReader(DisplayPaths.of(file));
        List<Hypothesis> read = new ArrayList<>();
        try (JsonParser parser = DossierJson.parser(file)) {
            readTop(parser, reader, read);
        } catch (JsonProcessingException e) {
            reader.syntaxProblem(e);
        } catch (MalformedInputException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), "not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            reader.problem(SourceLocation.ofFile(reader.file()), FileRefusal.wording(e));
        }
        List<Problem> problems = new ArrayList<>(reader.problems());
        problems.addAll(check(read, reader));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return List.copyOf(read);
    }

    private static void readTop(JsonParser parser, FactReader reader, List<Hypothesis> read) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            reader.problem(new SourceLocation(reader.file(), 1, 1),
                    "the hypotheses file must be one JSON object {\"" + KEY + "\": [...]}");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation at = new SourceLocation(reader.file(), parser.currentTokenLocation().getLineNr(),
                    parser.currentTokenLocation().getColumnNr());
            parser.nextToken();
            if (key.equals(KEY)) {
                read.addAll(reader.readArray(parser, Hypothesis.class, "hypothesis"));
            } else {
                reader.element(parser);
                reader.problem(at, "unknown key \"" + key + "\" (allowed: " + KEY + ")");
            }
        }
    }

    /** Fields Jackson leaves null when absent, ids that are malformed or used twice. */
    private static List<Problem> check(List<Hypothesis> read, FactReader reader) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Hypothesis> seen = new HashMap<>();
        for (Hypothesis h : read) {
            SourceLocation start = reader.locations().start(h).orElse(SourceLocation.ofFile(reader.file()));
            if (h.id() == null || !h.id().matches(ID_PATTERN)) {
                problems.add(new Problem(reader.locations().locate(h, "/id").orElse(start), h.id() == null
                        ? "missing field \"id\" in hypothesis"
                        : "invalid id \"" + h.id()
                                + "\" (expected lower kebab case starting with hyp-, e.g. hyp-drawdown)"));
            } else if (seen.putIfAbsent(h.id(), h) != null) {
                problems.add(new Problem(start, "duplicate hypothesis id \"" + h.id() + "\": first used at "
                        + reader.locations().start(seen.get(h.id())).orElse(start)));
            }
            missingText(h.title(), "title", h, reader, start, problems);
            missingText(h.statement(), "statement", h, reader, start, problems);
            if (h.trend() == null) {
                problems.add(new Problem(start, "missing field \"trend\" in hypothesis (allowed: "
                        + DossierJson.allowed(Trend.class) + ")"));
            }
        }
        return problems;
    }

    private static void missingText(Text text, String field, Hypothesis h, FactReader reader, SourceLocation start,
                                    List<Problem> problems) {
        for (String lang : List.of("en", "ar")) {
            String value = text == null ? null : lang.equals("en") ? text.en() : text.ar();
            if (value == null || value.isBlank()) {
                problems.add(new Problem(reader.locations().locate(h, "/" + field).orElse(start),
                        "missing " + field + "." + lang + " in hypothesis"
                                + (h.id() == null ? "" : " \"" + h.id() + "\"")
                                + " (every hypothesis is stated in English and Arabic)"));
            }
        }
    }
}
