package org.mizan.brief;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import org.mizan.layer.LayerOverride;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.FieldLength;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;
import org.mizan.problem.TextCharacters;

/**
 * Reads one labels.json: a flat object of label key to text. Read token by token rather than into a map so
 * that every problem (unknown key, duplicate, wrong type, missing key) can name the line the analyst must fix.
 */
final class LabelsFile {

    private final Path file;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, SourceLocation> where = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private LabelsFile(Path file) {
        this.file = file;
    }

    /** The labels, or nothing usable if {@code problems} is not empty afterwards. */
    static Map<String, String> read(Path file, Set<String> required, List<Problem> problems) {
        LabelsFile reader = new LabelsFile(file);
        if (reader.parse(required)) {
            reader.missing(required, reader.labels.keySet());
        }
        problems.addAll(reader.problems);
        return Map.copyOf(reader.labels);
    }

    /**
     * The labels of every layer's labels.json of one language, bottom first ({@code files}; the first is the
     * shipped one): a higher layer's key replaces the same key below it (recorded in {@code overrides}). A key the
     * merged labels lack is reported at the shipped file.
     */
    static Map<String, String> merge(List<Path> files, Set<String> required, List<Problem> problems,
                                     List<LayerOverride> overrides) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, SourceLocation> mergedWhere = new LinkedHashMap<>();
        boolean allRead = true;
        for (Path file : files) {
            LabelsFile reader = new LabelsFile(file);
            allRead &= reader.parse(required);
            problems.addAll(reader.problems);
            reader.labels.forEach((key, text) -> {
                SourceLocation below = mergedWhere.put(key, reader.where.get(key));
                if (below != null) {
                    overrides.add(new LayerOverride("label \"" + key + "\"", reader.where.get(key), below));
                }
                merged.put(key, text);
            });
        }
        if (allRead) {
            LabelsFile shipped = new LabelsFile(files.get(0));
            shipped.missing(required, merged.keySet());
            problems.addAll(shipped.problems);
        }
        return Map.copyOf(merged);
    }

    /** False when the file could not be read to its end (its missing keys would then say nothing). */
    private boolean parse(Set<String> required) {
        if (FileRefusal.isSpecial(file)) {
            FileRefusal.special(file, "the labels file").ifPresent(problems::add);
            return false;
        }
        JsonFactory json = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        try (JsonParser p = json.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problem(p.currentTokenLocation(), "labels must be one JSON object of \"key\": \"text\" pairs");
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                entry(p, required);
            }
        } catch (JsonProcessingException e) {
            problem(e.getLocation(), "malformed JSON: " + e.getOriginalMessage());
            return false;
        } catch (IOException e) {
            problems.add(FileRefusal.problem(e, file));
            return false;
        }
        return true;
    }

    private void entry(JsonParser p, Set<String> required) throws IOException {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken value = p.nextToken();
        if (value != JsonToken.VALUE_STRING) {
            problem(at, "label \"" + key + "\" must be a string");
            p.skipChildren();
        } else if (p.getTextLength() > FieldLength.MAX) {
            problem(p.currentTokenLocation(), "label \"" + key + "\" is " + p.getTextLength()
                    + " characters long; a field may hold at most " + FieldLength.MAX);
        } else if (TextCharacters.firstBad(p.getText(), Templates.isArabic(file)) != null) {
            problem(p.currentTokenLocation(), "label \"" + key + "\" holds "
                    + TextCharacters.firstBad(p.getText(), Templates.isArabic(file)));
        } else if (!required.contains(key) && !key.startsWith(LabelKeys.OPTIONAL_RULE_PREFIX)
                && !key.startsWith(LabelKeys.OPTIONAL_CONSEQUENCE_PREFIX)) {
            problem(at, "unknown label \"" + key + "\": remove it or check its spelling (known labels: see"
                    + " templates/en/labels.json)");
        } else if (key.startsWith("noun.") && !Noun.valid(p.getText())) {
            problem(at, "label \"" + key + "\" must be \"singular|plural\" (English) or"
                    + " \"singular|dual|plural|accusative|m\" (Arabic; f for a feminine noun)");
        } else if (labels.putIfAbsent(key, p.getText()) != null) {
            problem(at, "label \"" + key + "\" is defined twice: keep one");
        } else {
            where.put(key, new SourceLocation(DisplayPaths.of(file), Math.max(0, at.getLineNr()),
                    Math.max(0, at.getColumnNr())));
        }
    }

    private void missing(Set<String> required, Set<String> present) {
        for (String key : required) {
            if (!present.contains(key)) {
                problems.add(Problem.at(DisplayPaths.of(file), 1, 1,
                        "missing label \"" + key + "\": add \"" + key + "\": \"...\" to this file"));
            }
        }
    }

    private void problem(JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        problems.add(Problem.at(DisplayPaths.of(file), line, column, message));
    }
}
