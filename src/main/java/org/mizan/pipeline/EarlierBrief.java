package org.mizan.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;
import org.mizan.problem.UsageException;

/**
 * An earlier brief of the same dossier, as {@code --since PATH} names it: its out folder (or a copy of it) or the
 * findings.json kept from it. Only findings.json is read: what each judgment rested on ({@code because}) and the
 * labels its brief gave ({@code labels}), so that a later brief can say what moved and keep the labels a reader
 * cites.
 */
public record EarlierBrief(Path file, JsonNode findings) {

    /**
     * The findings.json at {@code path} (or in it, if a folder). A path that holds none is a usage mistake (exit 2),
     * a damaged file an input error at its line.
     */
    public static EarlierBrief read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve("findings.json") : path;
        if (!Files.isRegularFile(file)) {
            throw new UsageException(new Problem(SourceLocation.ofFile(DisplayPaths.of(file)), "no findings.json"
                    + " at this path: give --since the out folder of an earlier brief (or a copy of it), or its findings.json"));
        }
        JsonNode findings;
        try {
            findings = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InputException(Problem.at(DisplayPaths.of(file), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "not a findings.json Mizan can read: "
                            + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.at(DisplayPaths.of(file), 0, 0, "cannot be read: " + e.getMessage()));
        }
        return new EarlierBrief(file, findings);
    }

    /** This brief, if it is of dossier {@code dossierId}; a brief of another dossier is a usage mistake naming both. */
    public EarlierBrief of(String dossierId) {
        String earlier = findings.path("dossier").asText();
        if (!earlier.equals(dossierId)) {
            throw new UsageException(new Problem(SourceLocation.ofFile(DisplayPaths.of(file)), "a brief of dossier \""
                    + earlier + "\", not \"" + dossierId + "\": give --since an earlier brief of the dossier briefed now"));
        }
        return this;
    }
}
